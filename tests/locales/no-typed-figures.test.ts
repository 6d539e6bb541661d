// No figure is typed by hand: numbers reach a slide only through model/ (Fig, <T>, {{fig.x.y}}).
import type { FigureId } from '../../model'
import type { Tree } from './leaves'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBundledI18n } from '../../i18n/bundled'
import { dynamicT } from '../../i18n/dynamic-key'
import { formatFigure } from '../../i18n/figures'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { FIGURES } from '../../model'
import { leaves } from './leaves'

const ROOT = new URL('../..', import.meta.url).pathname

// ── The common written forms of each figure ─────────────────────────────────────────────────────
const sig = (n: number, digits = 4): string => String(Number(n.toPrecision(digits)))
const grouped = (n: number, locale: string): string => new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(n)
const t = { en: dynamicT(createBundledI18n('en').t), zh: dynamicT(createBundledI18n('zh').t) }

/** Scaled value + unit symbol, e.g. 80e6 kWh → "80 GWh", "80GWh". */
function scaledForms(value: number, scales: [string, number][]): string[] {
  return scales.flatMap(([symbol, factor]) => {
    const v = value / factor
    return v >= 0.1 && v < 100_000 ? [`${sig(v)} ${symbol}`, `${sig(v)}${symbol}`] : []
  })
}

/** Numbers with words: 175e9 → "175 billion", "175B", "175 B", "1750亿", "1.75千亿"... */
function countForms(n: number): string[] {
  const out: string[] = []
  for (const [en, short, f] of [['thousand', 'K', 1e3], ['million', 'M', 1e6], ['billion', 'B', 1e9], ['trillion', 'T', 1e12]] as const) {
    const v = n / f
    if (v >= 1 && v < 1000)
      out.push(`${sig(v)} ${en}`, `${sig(v)}${short}`, `${sig(v)} ${short}`)
  }
  for (const [word, f] of [['万', 1e4], ['亿', 1e8], ['万亿', 1e12]] as const) {
    const v = n / f
    if (v >= 1 && v < 10_000)
      out.push(`${sig(v)}${word}`)
  }
  out.push(new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 }).format(n))
  out.push(new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 }).format(n))
  return out
}

export function figureForms(id: FigureId): string[] {
  const { value, unit } = FIGURES[id]
  const forms = new Set<string>([String(value), sig(value), grouped(value, 'en-US'), grouped(value, 'de-DE'), grouped(value, 'fr-FR').replace(/\s/g, ' ')])
  for (const lang of ['en', 'zh'] as const) {
    const f = formatFigure(id, lang, t[lang])
    forms.add(f.text).add(f.si)
  }
  if (unit === 'kWh') {
    for (const f of scaledForms(value, [['Wh', 1e-3], ['kWh', 1], ['MWh', 1e3], ['GWh', 1e6], ['TWh', 1e9]])) forms.add(f)
    for (const f of countForms(value)) forms.add(`${f}千瓦时`).add(`${f}度`).add(`${f}kWh`)
  }
  if (unit === 'kg') {
    for (const v of [value / 1000]) {
      for (const u of [' t', 't', ' tons', ' tonnes', '吨', ' 吨']) forms.add(`${sig(v)}${u}`)
      for (const f of countForms(v)) forms.add(`${f}吨`).add(`${f} t`)
      forms.add(`${grouped(v, 'en-US')} t`).add(`${grouped(v, 'en-US')} tons`)
    }
  }
  if (unit === 'kW') {
    for (const f of scaledForms(value, [['W', 1e-3], ['kW', 1], ['MW', 1e3]])) forms.add(f)
  }
  if (unit === 'fraction') {
    for (const p of [sig(value * 100, 3)]) forms.add(`${p}%`).add(`${p} %`).add(`${p}％`)
  }
  if (unit === 'hours' && value >= 48)
    forms.add(`${sig(value / 24)} days`).add(`${sig(value / 24)}天`)
  if (unit === 'lb')
    forms.add(`${grouped(value, 'en-US')} lb`).add(`${grouped(value, 'en-US')}磅`)
  if (['count', 'tokens', 'parameters', 'pages', 'pairs', 'gpuHours', 'USD', 'kWh', 'kg'].includes(unit)) {
    for (const f of countForms(value)) forms.add(f)
  }
  if (unit === 'bytes') {
    for (const f of scaledForms(value, [['GB', 1e9], ['TB', 1e12], ['PB', 1e15]])) forms.add(f)
  }
  // A lone digit (1, 8, 4…) is everywhere in markup; it is caught by the digit scan of locale strings instead.
  return [...forms].filter(f => f.replace(/\D/g, '').length >= 2 || /[^\d.,\s]/.test(f))
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A form as a whole number: not glued to other digits, letters or decimal parts (so "1.2" ≠ "1.2rem", "400" ≠ "LAION-400M"). */
function formRegex(form: string): RegExp {
  const start = /^\d/.test(form) ? '(?<![\\w.,\\-/])' : ''
  const end = /[\dA-Z]$/i.test(form) ? '(?![\\w]|[.,]\\d)' : ''
  return new RegExp(`${start}${escape(form)}${end}`)
}

/** Every (figure, form, pattern), built once. Calendar years are dates, not figures to hide. */
const PATTERNS = (Object.keys(FIGURES) as FigureId[])
  .filter(id => FIGURES[id].unit !== 'calendarYear')
  .flatMap(id => figureForms(id).map(form => ({ id, form, re: formRegex(form) })))

/** [figure, form] for each typed figure found in `text`. */
function typedFigures(text: string): [FigureId, string][] {
  const rest = withoutNames(text)
  return PATTERNS.filter(p => p.re.test(rest)).map(p => [p.id, p.form])
}

// ── The general scan: any digit outside a name, a date or a placeholder ─────────────────────────
const NAMES = ['GPT-4o', 'GPT-3', 'GPT-4', 'Llama 3.1', 'Llama 3', 'A100', 'H100', 'V100', 'LAION-400M', 'LAION-5B', 'WuDao 2.0', 'WuDao 1.0', '悟道2.0', '悟道1.0', 'BLOOM 176B', 'CO₂', '405B', '70B', '8B']
const NOT_A_UNIT = '(?!\\s?(?:[kMGT]?Wh|[kMGT]?W\\b|t\\b|tons?\\b|tonnes?\\b|[%％吨千瓦度个万亿磅倍]|GB|TB|lb|billion|million|trillion|times))'
const DATE = new RegExp(`(?<!\\d)(?<!\\d[.,])(?:199\\d|20[0-2]\\d|2030)(?:年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|-\\d{2}(?:-\\d{2})?)?(?![.,]?\\d)${NOT_A_UNIT}`, 'g')

/** A text with the allowed names blanked out. */
function withoutNames(s: string): string {
  let rest = s
  for (const n of NAMES) rest = rest.split(n).join(' ')
  return rest
}

/** What is left of a string once placeholders, nested keys, allowed names and dates are removed. */
export function strayDigits(s: string): string[] {
  let rest = withoutNames(s.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' '))
  rest = rest.replace(DATE, ' ')
  return rest.match(/\S*\d\S*/g) ?? []
}

// ── Slide files, minus frontmatter and <style> ──────────────────────────────────────────────────
function slideFiles(): [string, string][] {
  const files = ['slides.md', ...readdirSync(join(ROOT, 'slides')).filter(f => f.endsWith('.md')).map(f => `slides/${f}`)]
  return files.map(f => [f, readFileSync(join(ROOT, f), 'utf8')])
}
/** Markdown without its YAML blocks (`---` … `---` whose lines are all YAML) and without <style> blocks. */
export function slideBody(md: string): string {
  const lines = md.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '---') {
      const close = lines.findIndex((l, j) => j > i && l.trim() === '---')
      const block = close > i ? lines.slice(i + 1, close) : []
      if (close > i && block.every(l => l.trim() === '' || /^(?:\s+\S.*|\s*(?:#.*|[\w-]+:.*|-\s.*))$/.test(l))) {
        i = close
        continue
      }
    }
    out.push(lines[i]!)
  }
  return out.join('\n').replace(/<style[\s\S]*?<\/style>/g, '')
}

const localeStrings = [...leaves(en as Tree).map(([k, v]) => [`en:${k}`, v]), ...leaves(zh as Tree).map(([k, v]) => [`zh:${k}`, v])] as [string, string][]

describe('no hand-typed figures', () => {
  it('no locale string contains a written form of a model figure', () => {
    const found = localeStrings.flatMap(([k, v]) => typedFigures(v.replace(/\{\{[^}]*\}\}/g, ' ')).map(([id, form]) => `${k}: "${form}" (${id})`))
    expect(found).toEqual([])
  })

  it('no slide file contains a written form of a model figure', () => {
    const found = slideFiles().flatMap(([f, md]) => typedFigures(slideBody(md)).map(([id, form]) => `${f}: "${form}" (${id})`))
    expect(found).toEqual([])
  })

  it('no locale string has a digit outside a model name, a date or a placeholder', () => {
    const found = localeStrings.flatMap(([k, v]) => strayDigits(v).map(d => `${k}: ${d}`))
    expect(found).toEqual([])
  })

  it('the slide scan reads every slide file', () => {
    expect(slideFiles().length).toBeGreaterThan(5)
  })
})

describe('the detectors catch planted numbers', () => {
  it('written forms of figures', () => {
    for (const [text, id] of [
      ['Strubell: 626,155 lb', 'nas.co2Lb'],
      ['626155 pounds', 'nas.co2Lb'],
      ['≈ 284 t CO₂e', 'nas.co2'],
      ['约284吨', 'nas.co2'],
      ['一年292亿千瓦时', 'devries.yearlyEnergy'],
      ['29.2 TWh a year', 'devries.yearlyEnergy'],
      ['80 GWh per day', 'devries.dailyEnergy'],
      ['GPT-3 有1750亿参数', 'gpt3.parameters'],
      ['a 175B model', 'gpt3.parameters'],
      ['48.75 GWh', 'gpt4.riseEnergy'],
      ['82% of tokens', 'commonCrawl.gpt3RawShare'],
      ['<div style="x">de Vries: 4,102,568 GPUs</div>', 'devries.gpus'],
    ] as const) expect(typedFigures(text).map(([i]) => i), text).toContain(id)
  })

  it('without false alarms on names, markup and dates', () => {
    for (const text of ['LAION-400M', 'an H100 or A100', '<div style="margin-top: 1.2rem">', 'BLOOM 176B', 'GPT-4o in 2025', 'slides/10-forecasts.md'])
      expect(typedFigures(text), text).toEqual([])
  })

  it('stray digits in locale strings', () => {
    expect(strayDigits('costs 3 dollars')).toEqual(['3'])
    expect(strayDigits('Strubell (2019): {{fig.nas.co2}}')).toEqual([])
    expect(strayDigits('2021年6月发布 GPT-4 与 Llama 3.1 405B')).toEqual([])
    expect(strayDigits('about 2024 t')).toEqual(['2024'])
    expect(strayDigits('H100 at 700 W')).toEqual(['700'])
  })

  it('frontmatter is skipped, slide text is kept', () => {
    const body = slideBody('---\nkey: x\nclass: deck-dense\n---\n\n# Title 29.2 TWh\n\n---\nsrc: ./slides/10-a.md\n---\n')
    expect(body).toContain('29.2 TWh')
    expect(body).not.toContain('10-a')
  })
})
