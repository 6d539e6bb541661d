// Every text the deck can render, with the font-family list it is set in: each locale string, each
// model figure and the formatters' output over the calculators' range in every language, the slides'
// titles and presenter notes, the references, and the text typed into the slides, components and
// stylesheets (`content:`). The glyph test (tests/styles/glyphs.test.ts) checks each character against
// the shipped font faces; `npm run fonts:extra` ships the ones fontsource's files lack.
import type { TextSample } from './faces'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { BUNDLED_RESOURCES, createBundledI18n } from '../../i18n/bundled'
import { htmlLang, languageCodes } from '../../i18n/core'
import { dynamicT } from '../../i18n/dynamic-key'
import { figureValues, formatFigure } from '../../i18n/figures'
import { formatCount, formatDuration, formatEnergy, formatMass, formatNumber, formatPercent, formatPower, NOT_A_NUMBER } from '../../i18n/format'
import { deckNoteHtml, deckTitle } from '../../i18n/slide-text'
import { FIGURES, SOURCES } from '../../model'
import { ROOT } from './faces'

/** The deck's font stacks (styles/index.css, pages/HandoutPage.vue): Chinese leads with its own face. */
export const SANS: Record<string, readonly string[]> = {
  'en': ['Inter', 'Noto Sans SC'],
  // Chinese too: Latin words, digits and their punctuation in Chinese text are drawn by the Latin font
  'zh-CN': ['Inter', 'Noto Sans SC'],
}
/** Slidev's `mono` font (slides.md headmatter): the link shown in `<code>` when it cannot be copied, `<kbd>`. */
export const MONO: readonly string[] = ['Fira Code']
/** The weights the deck sets text in (its CSS and the theme's: 500 is drawn by the 400 face) and ships. */
export const SANS_WEIGHTS: readonly number[] = [400, 600, 700]
export const MONO_WEIGHTS: readonly number[] = [400]

/**
 * Characters that Intl's number formats put in numbers in some locales (no-break and narrow no-break
 * space as group separators, the minus sign): not in en-US or zh-CN today, but one `Intl` or locale
 * change away (README: adding a language).
 */
const INTL_EXTRAS = '\u00A0\u202F\u2212'

/** The figures' values the calculators can show: decades from 10⁻⁶ to 10¹⁵, with digits in them. */
const SAMPLE_VALUES = [0, -1.5, ...Array.from({ length: 22 }, (_, i) => 10 ** (i - 6)).flatMap(v => [v, v * 1.234, v * 9.876])]

/** A leaf string without its interpolations (`{{fig.x}}`) and nestings (`$t(key)`): the words it adds. */
const words = (s: string): string => s.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$t\([^)]*\)/g, ' ')

function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string')
    return [[prefix, tree]]
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
}

/** Files under `dir` (recursively) whose name ends with one of `exts`. */
function files(dir: string, exts: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory())
      return files(path, exts)
    return exts.some(x => e.name.endsWith(x)) ? [path] : []
  })
}

/**
 * What a source file can put on screen: its text without comments (`/* *\/`, `<!-- -->`, `//` after a
 * space or at a line's start). Code, tags and YAML stay: their characters are ASCII, which every face
 * has, and keeping them errs on the side of checking more (a character in a frontmatter comment counts).
 */
export function uncommented(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|\s)\/\/.*$/gm, '$1')
}

/** The typed text of the slides, components, pages and stylesheets (in both stacks: either language may show it). */
function sourceSamples(): TextSample[] {
  const sources = [
    join(ROOT, 'slides.md'),
    join(ROOT, 'global-top.vue'),
    join(ROOT, 'custom-nav-controls.vue'),
    ...files(join(ROOT, 'slides'), ['.md']),
    ...files(join(ROOT, 'components'), ['.vue', '.ts']),
    ...files(join(ROOT, 'pages'), ['.vue']),
  ]
  const css = files(join(ROOT, 'styles'), ['.css'])
  const out: TextSample[] = []
  for (const file of sources) {
    const text = uncommented(readFileSync(file, 'utf8'))
    for (const families of Object.values(SANS))
      out.push({ text, families, weights: SANS_WEIGHTS, where: relative(ROOT, file) })
  }
  for (const file of css) {
    // a stylesheet draws only its generated content
    const text = [...uncommented(readFileSync(file, 'utf8')).matchAll(/content:\s*(["'])(.*?)\1/g)].map(m => m[2]).join(' ')
    for (const families of Object.values(SANS))
      out.push({ text, families, weights: SANS_WEIGHTS, where: `${relative(ROOT, file)} (content)` })
  }
  return out
}

/** Every text the deck can render in language `lang`, set in that language's font stack. */
function languageSamples(lang: string): TextSample[] {
  const families = SANS[htmlLang(lang)] ?? SANS.en!
  const sample = (text: string, where: string): TextSample => ({ text, families, weights: SANS_WEIGHTS, where: `${where} (${lang})` })
  const t = dynamicT(createBundledI18n(lang).t)
  const out: TextSample[] = []
  for (const [key, value] of leaves(BUNDLED_RESOURCES[lang]))
    out.push(sample(words(value), `locales/${lang}.json ${key}`))
  for (const id of Object.keys(FIGURES) as (keyof typeof FIGURES)[]) {
    const f = formatFigure(id, lang, t)
    out.push(sample(`${f.text} ${f.si}`, `figure ${id}`))
  }
  const formatters = { formatEnergy, formatMass, formatPower, formatCount, formatPercent, formatDuration }
  for (const [name, format] of Object.entries(formatters)) {
    out.push(sample(SAMPLE_VALUES.map(v => `${format(v, lang).text} ${format(v, lang).si}`).join(' '), name))
  }
  out.push(sample(SAMPLE_VALUES.map(v => formatNumber(v, lang, 2).text).join(' '), 'formatNumber'))
  out.push(sample(NOT_A_NUMBER, 'NOT_A_NUMBER'))
  // titles and notes, as the preparser renders them (figures in them formatted for the language)
  const fig = figureValues(lang, t)
  for (const key of Object.keys(BUNDLED_RESOURCES[lang]!.slides)) {
    if ((BUNDLED_RESOURCES[lang]!.slides as Record<string, { title?: string }>)[key]?.title)
      out.push(sample(deckTitle(key, lang), `title of slide ${key}`))
    const note = deckNoteHtml(key)
    const section = note && new RegExp(`data-lang="${lang}">([\\s\\S]*?)</section>`).exec(note)?.[1]
    if (section)
      out.push(sample(section.replace(/<[^>]+>/g, ' ').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'), `notes of slide ${key}`))
  }
  out.push(sample(JSON.stringify(fig), 'figures in notes'))
  // the references, in either language's deck
  for (const [id, s] of Object.entries(SOURCES))
    out.push(sample(leaves(s).map(([, v]) => v).join(' ') + (s.authors as readonly string[]).join(', '), `model/sources.ts ${id}`))
  out.push(sample(INTL_EXTRAS, 'Intl number formats'))
  return out
}

/** Printable ASCII, in the monospace face: a link in `<code>`, a key in `<kbd>`. */
const MONO_SAMPLE: TextSample = { text: Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''), families: MONO, weights: MONO_WEIGHTS, where: 'links and keys in <code>/<kbd>' }

/** Every text the deck can render, in every language, with its font stack and weights; upper-cased too (labels are). */
export function deckTextSamples(): TextSample[] {
  const samples = [...languageCodes().flatMap(languageSamples), ...sourceSamples(), MONO_SAMPLE]
  return samples.flatMap(s => (s.text.toUpperCase() === s.text ? [s] : [s, { ...s, text: s.text.toUpperCase(), where: `${s.where}, upper-cased` }]))
}
