// Translation keys built at run time (`slides.${key}.title`, `charts.datacentres.${kind}`) cannot be checked by
// vue-tsc, which types `t` by the literal keys of en.json. This is the one place that widens `t` for them.
// A key missing at run time renders as an empty string and logs a warning (i18n/core.ts), never as the raw key.
import type { TFunction } from 'i18next'

/** `t` for a key known only at run time: a key and interpolation values in, the text out. */
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** The same `t`, taking keys built at run time. */
export function dynamicT(t: Pick<TFunction, '$TFunctionBrand'>): Translate {
  return t as unknown as Translate
}
