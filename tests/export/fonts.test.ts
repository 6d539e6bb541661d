// The PDFs draw every glyph with the fonts the deck ships, whatever fonts the machine has. The export
// runs twice with the system's fonts narrowed by a fontconfig file of our own (FONTCONFIG_FILE, which
// scripts/export.ts passes on to Slidev's exporter and so to Chromium, as the rest of its environment):
// once with one Latin font directory only (Chromium needs some font to start), once with a second
// directory, a Chinese font if the machine has one, that could stand in for the deck's own. Both
// times `pdffonts` must list only Inter, Noto Sans SC and Fira Code, embedded, no Type 3, and the text
// must read back the same. Then the same family check on a tiny page printed with the deck's Inter:
// CO₂e passes with the extra subset (styles/fonts/inter-extra*), and fails without it or with a
// character no shipped font has.
// DECK_FONTS_BASE_DIR / DECK_FONTS_EXTRA_DIR choose other directories than the ones found below.
import type { Browser } from 'playwright-chromium'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EXTRA_CSS } from '../../scripts/fonts/extra-glyphs'
import { deckFontFaces, formatUnicodeRange } from '../../scripts/fonts/faces'
import { launchBrowser } from '../../scripts/harness'
import { foreignFonts, pdfFonts, pdfPages, runExport } from './pdf-tools'

const FONTS = '/usr/share/fonts'
const DEJAVU = `${FONTS}/truetype/dejavu`
/** The one Latin font directory: Liberation (Debian's fonts-liberation), else DejaVu (fontconfig's own). */
const BASE = process.env.DECK_FONTS_BASE_DIR || [`${FONTS}/truetype/liberation`, `${FONTS}/truetype/liberation2`, DEJAVU].find(d => existsSync(d))
/** A second directory: a Chinese font (WenQuanYi, Noto CJK, AR PL…), else DejaVu, else every system font. */
const EXTRA = process.env.DECK_FONTS_EXTRA_DIR
  || [`${FONTS}/truetype/wqy`, `${FONTS}/opentype/noto`, `${FONTS}/truetype/noto`, `${FONTS}/truetype/arphic`, `${FONTS}/truetype/droid`].find(d => existsSync(d))
  || (BASE !== DEJAVU && existsSync(DEJAVU) ? DEJAVU : FONTS)
const LANGS = ['en', 'zh'] as const

let work: string
const runs = [
  { name: 'one font directory', dirs: [BASE!], out: '', cache: '' },
  { name: 'an extra font directory', dirs: [BASE!, EXTRA], out: '', cache: '' },
]

/** A fontconfig file whose only fonts are those of `dirs`, its cache in a folder of its own; returns its path. */
function fontconfig(dir: string, dirs: readonly string[]): { file: string, cache: string } {
  mkdirSync(dir, { recursive: true })
  const cache = join(dir, 'cache')
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${dirs.map(d => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${cache}</cachedir>
</fontconfig>
`)
  return { file, cache }
}

beforeAll(async () => {
  if (!BASE)
    throw new Error(`no font directory to narrow the system's fonts to (install fonts-liberation or fonts-dejavu-core)`)
  work = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  // one after the other: two exports side by side only fight over the 2 cores
  for (const [i, run] of runs.entries()) {
    const { file, cache } = fontconfig(join(work, `run-${i}`), run.dirs)
    run.out = join(work, `run-${i}`, 'pdf')
    run.cache = cache
    const r = await runExport(['--only', 'slides', '--out', run.out, '--from-build', inject('exportBuild')], { FONTCONFIG_FILE: file })
    if (r.code !== 0)
      throw new Error(`export with ${run.name} (${run.dirs.join(', ')}) failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  }
}, 600_000)

afterAll(() => {
  if (work)
    rmSync(work, { recursive: true, force: true })
})

describe(`the PDFs with the system's fonts narrowed (${BASE}; extra: ${EXTRA})`, () => {
  it('the browser read the narrowed configuration: its font cache is where that file says', () => {
    for (const run of runs)
      expect(readdirSync(run.cache).length, run.name).toBeGreaterThan(0)
  })

  describe.each(runs.map(r => [r.name, r] as const))('with %s', (_, run) => {
    it.each(LANGS)('%s slides: only Inter, Noto Sans SC and Fira Code, embedded, no Type 3', (lang) => {
      const file = join(run.out, `ai-energy-${lang}.pdf`)
      expect(pdfFonts(file).length).toBeGreaterThan(0)
      expect(foreignFonts(file)).toEqual([])
    })
  })

  it.each(LANGS)('%s slides read back the same text with the extra fonts as without', (lang) => {
    const [one, two] = runs.map(r => pdfPages(join(r.out, `ai-energy-${lang}.pdf`)))
    expect(one!.length).toBeGreaterThan(30)
    expect(two).toEqual(one)
    if (lang === 'en')
      expect(one!.join('')).toContain('CO₂e')
  })
})

describe('the family check on a page printed with the deck\'s Inter', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-fonts-page-'))
    // DejaVu has ⚓, so the planted character prints (from a system font) instead of as a missing glyph
    const { file } = fontconfig(join(dir, 'fc'), [existsSync(DEJAVU) ? DEJAVU : BASE!])
    browser = await launchBrowser({ FONTCONFIG_FILE: file })
  })

  afterAll(async () => {
    await browser?.close()
    if (dir)
      rmSync(dir, { recursive: true, force: true })
  })

  /** `text` in Inter 400 and 700 (`extra`: with the deck's subset for the characters fontsource lacks), as a PDF. */
  async function print(name: string, text: string, extra: boolean): Promise<string> {
    const faces = deckFontFaces().filter(f => f.family === 'Inter' && [400, 700].includes(f.weight) && (extra || f.css !== EXTRA_CSS))
    const css = faces.map(f => `@font-face { font-family: 'Inter'; font-weight: ${f.weight}; font-style: ${f.style}; `
      + `src: url(data:font/woff2;base64,${readFileSync(f.file).toString('base64')}) format('woff2'); unicode-range: ${formatUnicodeRange(f.ranges)}; }`).join('\n')
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="en"><style>${css}
      :root { font-family: 'Inter', sans-serif; font-synthesis: none; font-size: 32px; }</style>
      <p style="font-weight: 400">${text}</p><p style="font-weight: 700">${text}</p></html>`)
    await page.evaluate(async (t) => {
      await Promise.all(['400', '700'].map(w => document.fonts.load(`${w} 32px Inter`, t)))
      await document.fonts.ready
    }, text)
    const file = join(dir, `${name}.pdf`)
    await page.pdf({ path: file, width: '600px', height: '300px' })
    await page.close()
    return file
  }

  it('passes CO₂e in regular and bold with the extra subset: Inter only', async () => {
    const file = await print('co2e', 'CO₂e', true)
    expect([...new Set(pdfFonts(file).map(f => f.name.replace(/^[A-Z]{6}\+/, '')))].sort()).toEqual(['Inter-Bold', 'Inter-Regular'])
    expect(foreignFonts(file)).toEqual([])
    expect(pdfPages(file).join('')).toContain('CO₂e')
  })

  it('reports the system font that draws ₂ without the extra subset', async () => {
    const file = await print('co2e-fontsource-only', 'CO₂e', false)
    expect(foreignFonts(file).join(' ')).toMatch(existsSync(DEJAVU) ? /DejaVu/ : /./)
  })

  it('reports a planted character no shipped font has (⚓) as a foreign family', async () => {
    const file = await print('planted', 'CO₂e ⚓', true)
    const foreign = foreignFonts(file)
    expect(foreign.join(' ')).toMatch(existsSync(DEJAVU) ? /DejaVu/ : /./)
    expect(foreign.join(' ')).not.toMatch(/Inter/)
  })
})
