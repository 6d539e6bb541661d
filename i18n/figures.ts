// Figures of the model, formatted for a language: the one place where a model figure becomes text.
// Used by <Fig> on slides and by the preparser for presenter notes.
import type { Figure, FigureId } from '../model'
import type { Translate } from './dynamic-key'
import type { Formatted } from './format'
import { FIGURES } from '../model'
import { formatCount, formatDuration, formatEnergy, formatMass, formatNumber, formatPercent, formatPower, formatUsd, intlLocale, isChinese, NOT_A_NUMBER } from './format'

export type { Translate }

function withUnit(t: Translate, unitKey: string, f: Formatted): Formatted {
  if (f.text === NOT_A_NUMBER)
    return f
  return { text: t(`units.${unitKey}`, { value: f.text }), si: t(`units.${unitKey}`, { value: f.si }) }
}

function formatBytes(bytes: number, locale: string): Formatted {
  if (!Number.isFinite(bytes))
    return { text: NOT_A_NUMBER, si: NOT_A_NUMBER }
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const
  let i = 0
  let v = bytes
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000
    i++
  }
  const text = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: units[i], maximumSignificantDigits: 3, useGrouping: !isChinese(locale) }).format(v)
  return { text, si: text }
}

/** A value with a figure's unit, in a language: energy, mass, counts… with their unit words from the locale. */
function formatValue(value: number, unit: Figure['unit'], locale: string, t: Translate): Formatted {
  switch (unit) {
    case 'kWh': return formatEnergy(value, locale)
    case 'kg': return formatMass(value, locale)
    case 'kW': return formatPower(value, locale)
    case 'hours': return formatDuration(value, locale)
    case 'fraction': return formatPercent(value, locale)
    case 'bytes': return formatBytes(value, locale)
    case 'USD': return formatUsd(value, locale)
    case 'calendarYear': return { text: String(value), si: String(value) }
    case 'ratio': return formatNumber(value, locale, 2)
    case 'kWPerGB': return withUnit(t, 'wattsPerGb', formatNumber(value * 1000, locale, 4))
    case 'gPerKWh': return withUnit(t, 'gPerKwh', formatNumber(value, locale))
    case 'lb': return withUnit(t, 'lb', formatNumber(value, locale))
    case 'years': return withUnit(t, 'years', formatNumber(value, locale))
    case 'gpuHours': return withUnit(t, 'gpuHours', formatCount(value, locale))
    case 'tokens': return withUnit(t, 'tokens', formatCount(value, locale))
    case 'parameters': return withUnit(t, 'parameters', formatCount(value, locale))
    case 'pages': return withUnit(t, 'pages', formatCount(value, locale))
    case 'pairs': return withUnit(t, 'pairs', formatCount(value, locale))
    case 'count': return formatCount(value, locale)
  }
}

/** A model figure in a language. */
export function formatFigure(id: FigureId, locale: string, t: Translate): Formatted {
  const fig = FIGURES[id]
  return formatValue(fig.value, fig.unit, locale, t)
}

/** Nested object of every figure formatted: `{ devries: { dailyEnergy: '80 GWh' } }`, for `{{fig.devries.dailyEnergy}}`. */
export function figureValues(locale: string, t: Translate): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const id of Object.keys(FIGURES) as FigureId[]) {
    const [subject, quantity] = id.split('.') as [string, string]
    ;(out[subject] ??= {})[quantity] = formatFigure(id, locale, t).text
  }
  return out
}

/** Same shape, each value a marker that <T> splits on to put a <Fig> (number + source mark) in its place. */
const FIG_MARK = '\u0000'
export function figureMarkers(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const id of Object.keys(FIGURES)) {
    const [subject, quantity] = id.split('.') as [string, string]
    ;(out[subject] ??= {})[quantity] = `${FIG_MARK}${id}${FIG_MARK}`
  }
  return out
}

/** True for the id of a figure of the model. */
function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES, id)
}

/** A translated text with figure markers, cut into its text and the figures between (for <T>). */
export function splitFigureMarkers(text: string): ({ text: string } | { fig: FigureId })[] {
  return text.split(FIG_MARK).map((s, i) => (i % 2 && isFigureId(s) ? { fig: s } : { text: s }))
}
