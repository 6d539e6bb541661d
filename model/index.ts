// The energy model: sources, figures, formulas, units and calculator presets.
export * from './calculators'
export * from './comparisons'
export * from './energy'
export * from './errors'
export * from './figures'
export * from './quotes'
export * from './sources'
export * from './units'
