// The hatch that marks an estimate or a projection in the charts: one definition for the SVG pattern and the
// legend swatch, so both always look alike.

export interface Hatch {
  /** id of the SVG pattern (unique in the page: several charts can be mounted at once). */
  id: string
  background: string
  stripe: string
  /** stripe width in SVG units */
  width: number
}

/** Fill of an SVG shape with the hatch (the pattern must be in the same page: <ChartHatch>). */
export const hatchFill = (h: Hatch): string => `url(#${h.id})`

/** The same hatch as a CSS background, for the legend swatch. */
export const hatchSwatch = (h: Hatch): string => `repeating-linear-gradient(45deg, ${h.background} 0 3px, ${h.stripe} 3px 5px)`
