// Figures of the model, formatted for a language: the one place where a model figure becomes text.
// Used by <Fig> on slides and by the preparser for presenter notes. Ranges of two figures are formatted here
// too; quotations (model/quotes.ts) are not formatted at all: they are the source's own text.
import type { Figure, FigureId, RangeId } from '../model/figures'
import type { QuoteId } from '../model/quote-ids'
import type { Translate } from './dynamic-key'
import type { Formatted } from './format'
import { localeMeta } from '../locales/languages'
import { FIGURES, RANGES } from '../model/figures'
import { isQuoteId, QUOTE_IDS } from '../model/quote-ids'
import { QUOTES } from '../model/quotes'
import { formatCount, formatDuration, formatEnergy, formatMass, formatNumber, formatPercent, formatPower, formatUsd, intlLocale, NOT_A_NUMBER, usesMyriads } from './format'

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
  const text = new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: units[i], maximumSignificantDigits: 3, useGrouping: !usesMyriads(locale) }).format(v)
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

/**
 * Two ends joined into one range, the unit written once after the high end when both share it:
 * en "1.8–2.7 TWh", "3–5 billion pages"; zh "18亿～27亿千瓦时", "30亿～50亿个网页" (万/亿 stay on each end).
 * A percent sign stays on both ends ("10%～15%"), as do units that differ ("999 MWh–1.2 GWh").
 */
export function joinRange(low: string, high: string, locale: string): string {
  const myriad = usesMyriads(locale)
  const dash = localeMeta(locale)?.rangeDash ?? '–'
  // in myriads a number ends in 万/亿 (Intl's compact words of zh-CN) before its unit word
  const unitOf = (s: string): string => (myriad ? /(?<=[\d万亿])[^\d万亿]*$/ : /(?<=\d)\D*$/).exec(s)?.[0] ?? ''
  const unit = unitOf(low)
  if (unit && unit !== '%' && unit === unitOf(high) && low !== NOT_A_NUMBER)
    return `${low.slice(0, -unit.length)}${dash}${high}`
  return `${low}${dash}${high}`
}

/** A range of two model figures in a language. */
export function formatRange(id: RangeId, locale: string, t: Translate): Formatted {
  const { low, high } = RANGES[id]
  const [l, h] = [formatFigure(low, locale, t), formatFigure(high, locale, t)]
  return { text: joinRange(l.text, h.text, locale), si: joinRange(l.si, h.si, locale) }
}

/** A quotation as a note or a plain text shows it: the source's words, verbatim, in quotation marks. */
export function quoteText(id: QuoteId): string {
  return `“${QUOTES[id].text}”`
}

/** `{ a: { b: value } }` from ids `a.b`, for i18next's nested placeholders (`{{fig.a.b}}`). */
function nested<Id extends string>(ids: readonly Id[], value: (id: Id) => string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const id of ids) {
    const [subject, quantity] = id.split('.') as [string, string]
    ;(out[subject] ??= {})[quantity] = value(id)
  }
  return out
}

/** Nested object of every figure formatted: `{ devries: { dailyEnergy: '80 GWh' } }`, for `{{fig.devries.dailyEnergy}}`. */
export function figureValues(locale: string, t: Translate): Record<string, Record<string, string>> {
  return nested(Object.keys(FIGURES) as FigureId[], id => formatFigure(id, locale, t).text)
}

/** What the placeholders of a locale string hold: `fig`, `range` (formatted) and `quote` (verbatim). */
export interface TextValues {
  fig: Record<string, Record<string, string>>
  range: Record<string, Record<string, string>>
  quote: Record<string, Record<string, string>>
}

/** Every placeholder's text in a language: `{{fig.x.y}}`, `{{range.x.y}}`, `{{quote.x.y}}` (notes, plain text). */
export function textValues(locale: string, t: Translate): TextValues {
  return {
    fig: figureValues(locale, t),
    range: nested(Object.keys(RANGES) as RangeId[], id => formatRange(id, locale, t).text),
    quote: nested(QUOTE_IDS, quoteText),
  }
}

/** Same shape, each value a marker that <T> splits on to put a <Fig>, <FigRange> or <Quote> in its place. */
const MARK = '\u0000'
export function textMarkers(): TextValues {
  const mark = (kind: string) => (id: string) => `${MARK}${kind}:${id}${MARK}`
  return {
    fig: nested(Object.keys(FIGURES), mark('fig')),
    range: nested(Object.keys(RANGES), mark('range')),
    quote: nested(QUOTE_IDS, mark('quote')),
  }
}

/** A piece of a translated text: words, or a figure, a range or a quotation of the model. */
export type TextPart = { text: string } | { fig: FigureId } | { range: RangeId } | { quote: QuoteId }

/** A translated text with markers, cut into its words and the model's figures, ranges and quotations (for <T>). */
export function splitMarkers(text: string): TextPart[] {
  return text.split(MARK).map((s, i): TextPart => {
    if (i % 2) {
      const [kind, id = ''] = s.split(':') as [string, string?]
      if (kind === 'fig' && Object.hasOwn(FIGURES, id))
        return { fig: id as FigureId }
      if (kind === 'range' && Object.hasOwn(RANGES, id))
        return { range: id as RangeId }
      if (kind === 'quote' && isQuoteId(id))
        return { quote: id }
    }
    return { text: s }
  })
}
