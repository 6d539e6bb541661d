/** The energy model: sources, figures, formulas, units and calculator presets. */
export * from './errors'
export * from './sources'
export * from './figures'
export * from './units'
export * from './energy'
export * from './scenarios'
export * from './calculators'
