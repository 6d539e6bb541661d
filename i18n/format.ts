/**
 * Locale-aware number formatting for the talk, on top of Intl.NumberFormat only.
 *
 * - A language's style comes from its locale file's `meta` (i18n/languages.ts), for its code or any tag of
 *   it: its Intl locale, its number system and its unit words. `thousands` (English) scales by 1000 with
 *   SI symbols (kWh…TWh, t); `myriad` (Chinese) counts in 万/亿 with its unit words after the number
 *   (千瓦时, 吨). A tag the deck has no locale file for gets SI symbols with that tag's own Intl number
 *   format; an invalid tag falls back to `en`.
 * - Precision: at most 4 significant digits by default (Intl trims trailing zeros), never hand-made grouping.
 * - Myriad (Chinese) digits follow one rule, Intl's own compact notation without grouping: below 10,000 no separator
 *   ("2204", "3125台"), from 10,000 on 万/亿/万亿 ("2.5万", "62.6155万磅", "1750亿"); never "626,155" or "2,204"
 *   (up to 9999万亿, 1e16: Intl has no larger Chinese unit).
 *   The SI form (`si`) of a Chinese figure follows the same rule ("1289 MWh"). A verbatim quotation of a
 *   source keeps the source's own digits: it is never formatted here (model/quotes.ts).
 * - Every function returns `{ text, si }`: `text` is what the audience reads, `si` the SI form
 *   (e.g. "29.2 TWh", also in Chinese) for a subtitle or tooltip. Non-finite input gives `—` for both.
 * - Masses are bare ("284 t" / "284吨"); the locale string adds "CO₂e" / "二氧化碳当量".
 */

import type { LanguageMeta } from '../locales/languages'
import { localeMeta } from '../locales/languages'

/** A formatted value: `text` for the audience's language, `si` with SI symbols. */
export interface Formatted {
  text: string
  si: string
}

/** Digit options shared by the formatters. */
export interface DigitOptions {
  /** Significant digits kept (default 4). */
  maximumSignificantDigits?: number
}

/** Energy units used in English style, from Wh to TWh. */
export type EnergyUnit = 'Wh' | 'kWh' | 'MWh' | 'GWh' | 'TWh'

/** Shown instead of a number that is NaN or infinite. */
export const NOT_A_NUMBER = '—'
const INVALID: Formatted = { text: NOT_A_NUMBER, si: NOT_A_NUMBER }
const DEFAULT_DIGITS = 4

/** A language's style: its Intl locale, whether it counts in myriads (万/亿), and its unit words. */
interface Style {
  intl: string
  myriad: boolean
  units?: LanguageMeta['units']
}

/** The style of a language code or tag: its locale file's meta, else SI symbols with the tag's own Intl format. */
function styleOf(locale: string): Style {
  const meta = localeMeta(locale)
  if (meta)
    return { intl: meta.intl, myriad: meta.numbers === 'myriad', units: meta.units }
  try {
    return { intl: Intl.getCanonicalLocales(locale)[0] ?? 'en', myriad: false }
  }
  catch {
    return { intl: 'en', myriad: false }
  }
}

/** True when a language counts large numbers in myriads (万/亿: Chinese), by its locale file's meta. */
export const usesMyriads = (locale: string): boolean => styleOf(locale).myriad

/** The tag handed to Intl: the locale file's `meta.intl`, else the canonical tag, or `en` if the tag is invalid. */
export function intlLocale(locale: string): string {
  return styleOf(locale).intl
}

const cache = new Map<string, Intl.NumberFormat>()
/** A cached Intl.NumberFormat. */
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, options)
    cache.set(key, f)
  }
  return f
}

const sig = (digits: number): Intl.NumberFormatOptions => ({ maximumSignificantDigits: digits })
const compact = (digits: number): Intl.NumberFormatOptions => ({ notation: 'compact', maximumSignificantDigits: digits })

/**
 * The Intl options of a number counted in myriads: the same digits, in compact notation (万/亿 from 10,000 on;
 * zh-CN has no compact step below 万) and with no grouping separator at all.
 */
const myriadDigits = (options: Intl.NumberFormatOptions): Intl.NumberFormatOptions => ({ ...options, notation: 'compact', useGrouping: false })

/** A number in `locale` with `options`; in myriads by the myriad digit rule. */
function numberIn(locale: string, options: Intl.NumberFormatOptions, n: number): string {
  const style = styleOf(locale)
  return style.myriad ? nf(style.intl, myriadDigits(options)).format(n) : nf(style.intl, options).format(n)
}

/** The significant digits that keep every digit of `n` up to `fractionDigits` decimals (for 万/亿, which move the point). */
function exactDigits(n: number, fractionDigits: number): number {
  const whole = Math.abs(n) < 1 ? 1 : Math.floor(Math.log10(Math.abs(n))) + 1
  return Math.min(21, Math.max(1, whole + fractionDigits))
}
const isValid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)
const clean = (n: number): number => (n === 0 ? 0 : n) // no "-0"

/** `n` rounded the way Intl will display it with `digits` significant digits. */
function rounded(n: number, digits: number): number {
  return Number(nf('en-US', { maximumSignificantDigits: digits, useGrouping: false }).format(n))
}

interface Scale {
  symbol: string
  factor: number
}

/** The largest scale whose displayed mantissa is at least 1 (the smallest if none is). */
function pickScale(value: number, scales: readonly Scale[], digits: number): Scale {
  let chosen = scales[0]!
  for (const s of scales) {
    if (Math.abs(rounded(value / s.factor, digits)) >= 1)
      chosen = s
  }
  return chosen
}

/** `value` on a 1000-step scale with a space and symbol, e.g. "48.75 GWh" (`locale` as given: zh keeps its digit rule). */
function scaled(value: number, locale: string, scales: readonly Scale[], digits: number, forced?: string): string {
  const scale = scales.find(s => s.symbol === forced) ?? (value === 0 ? scales[1]! : pickScale(value, scales, digits))
  return `${numberIn(locale, sig(digits), clean(value / scale.factor))} ${scale.symbol}`
}

type UnitWord = keyof NonNullable<Style['units']>

/**
 * In myriads: below one base unit the small unit's word (瓦时, 千克…), else 万/亿 compact with the base
 * unit's word, from the language's meta.
 */
function inWords(value: number, locale: string, digits: number, small: { word: UnitWord, factor: number }, base: UnitWord, baseFactor = 1): string {
  const units = styleOf(locale).units
  const smallValue = value / small.factor
  if (value !== 0 && Math.abs(rounded(smallValue, digits)) < baseFactor / small.factor)
    return `${numberIn(locale, sig(digits), clean(smallValue))}${units?.[small.word] ?? small.word}`
  return `${numberIn(locale, sig(digits), clean(value / baseFactor))}${units?.[base] ?? base}`
}

const ENERGY: readonly Scale[] = [
  { symbol: 'Wh', factor: 1e-3 },
  { symbol: 'kWh', factor: 1 },
  { symbol: 'MWh', factor: 1e3 },
  { symbol: 'GWh', factor: 1e6 },
  { symbol: 'TWh', factor: 1e9 },
]

/** Energy given in kWh: en "48.75 GWh"; zh "4875万千瓦时" (si "48.75 GWh"). */
export function formatEnergy(kwh: number, locale: string, opts: DigitOptions & { unit?: EnergyUnit } = {}): Formatted {
  if (!isValid(kwh))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? DEFAULT_DIGITS
  const si = scaled(kwh, locale, ENERGY, digits, opts.unit)
  if (!usesMyriads(locale))
    return { text: si, si }
  return { text: inWords(kwh, locale, digits, { word: 'Wh', factor: 1e-3 }, 'kWh'), si }
}

const MASS: readonly Scale[] = [
  { symbol: 'kg', factor: 1 },
  { symbol: 't', factor: 1e3 },
]

/** Mass given in kg, without "CO₂e": en "284 t", "11,390 t", "500 kg"; zh "284吨", "1.139万吨", "500千克". */
export function formatMass(kg: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(kg))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? DEFAULT_DIGITS
  const si = kg === 0 ? scaled(kg, locale, MASS, digits, 't') : scaled(kg, locale, MASS, digits)
  if (!usesMyriads(locale))
    return { text: si, si }
  return { text: inWords(kg, locale, digits, { word: 'kg', factor: 1 }, 't', 1e3), si }
}

const POWER: readonly Scale[] = [
  { symbol: 'W', factor: 1e-3 },
  { symbol: 'kW', factor: 1 },
  { symbol: 'MW', factor: 1e3 },
  { symbol: 'GW', factor: 1e6 },
]

/** Power given in kW: en "6.5 kW", "400 W", "3.333 GW"; zh "6.5千瓦", "400瓦", "333.3万千瓦". */
export function formatPower(kw: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(kw))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? DEFAULT_DIGITS
  const si = scaled(kw, locale, POWER, digits)
  if (!usesMyriads(locale))
    return { text: si, si }
  return { text: inWords(kw, locale, digits, { word: 'W', factor: 1e-3 }, 'kW'), si }
}

/**
 * A count: en "25,000" below a million, else "175 billion" (Intl compact, long);
 * zh "3125", "2.5万", "1750亿", "1.75万亿" (Intl compact). `si` is the exact number: en "4,102,568", zh "410.2568万".
 */
export function formatCount(n: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(n))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? DEFAULT_DIGITS
  const loc = intlLocale(locale)
  if (usesMyriads(locale))
    return { text: numberIn(locale, sig(digits), clean(n)), si: numberIn(locale, sig(exactDigits(n, 2)), clean(n)) }
  const si = nf(loc, { maximumFractionDigits: 2 }).format(clean(n))
  if (Math.abs(Number(n.toFixed(2))) < 1e6)
    return { text: si, si }
  return { text: nf(loc, { ...compact(digits), compactDisplay: 'long' }).format(n), si }
}

/** A fraction 0..1 as a percentage, 2 significant digits by default: 0.82 → "82%", 0.013 → "1.3%". */
export function formatPercent(fraction: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(fraction))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? 2
  const text = numberIn(locale, { style: 'percent', ...sig(digits) }, clean(fraction))
  return { text, si: text }
}

/**
 * A number with at most `digits` fraction digits, every digit kept: en "12,345.6";
 * zh by the Chinese rule, "2204", "62.6155万" (626,155).
 */
export function formatNumber(n: number, locale: string, digits = 0): Formatted {
  if (!isValid(n))
    return INVALID
  const options: Intl.NumberFormatOptions = usesMyriads(locale) && Math.abs(n) >= 1e4
    ? sig(exactDigits(n, digits))
    : { maximumFractionDigits: digits }
  const text = numberIn(locale, options, clean(n))
  return { text, si: text }
}

/** A duration given in hours: under 48 h in hours ("24 hours", "24小时"), else in days ("100 days", "100天"). */
export function formatDuration(hours: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(hours))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? DEFAULT_DIGITS
  const inDays = Math.abs(hours) >= 48
  const unit = { style: 'unit', unitDisplay: 'long', unit: inDays ? 'day' : 'hour', ...sig(digits) } as const
  const text = numberIn(locale, unit, clean(inDays ? hours / 24 : hours))
  return { text, si: `${numberIn(locale, sig(digits), clean(hours))} h` }
}

/**
 * US dollars: en "$100M", "$250B" (Intl currency, compact); zh "1亿美元", "2500亿美元" — a language that
 * counts in myriads writes the currency as its word after the number (meta `units.usd`), never "US$".
 */
export function formatUsd(usd: number, locale: string, opts: DigitOptions = {}): Formatted {
  if (!isValid(usd))
    return INVALID
  const digits = opts.maximumSignificantDigits ?? 3
  const style = styleOf(locale)
  const text = style.myriad
    ? `${numberIn(locale, sig(digits), clean(usd))}${style.units?.usd ?? ' USD'}`
    : nf(intlLocale(locale), { style: 'currency', currency: 'USD', notation: 'compact', ...sig(digits) }).format(clean(usd))
  return { text, si: text }
}

/** A calendar date ("2026-03-14") in a language's own long form: "March 14, 2026" / "2026年3月14日"; '' when not a date. */
export function formatDate(iso: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim())
  if (!m)
    return ''
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
