export * from './calculators'
export * from './comparisons'
export * from './energy'
/** The energy model: sources, figures, formulas, units and calculator presets. */
export * from './errors'
export * from './figures'
export * from './scenarios'
export * from './sources'
export * from './units'
