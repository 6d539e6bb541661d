// The PDFs draw every glyph with the fonts the deck ships, whatever fonts the machine has. The run's
// default export (global-setup.ts) is printed with the system's fonts narrowed to one Latin font
// directory (fontconfig.ts); here the bilingual slides, which carry both scripts on every page, are
// printed again with a second directory added: a Chinese font if the machine has one, which could
// stand in for the deck's own. Both times `pdffonts` must list only Inter, Noto Sans SC and Fira
// Code, embedded, no Type 3, and the text must read back the same. Then the same family check on a
// tiny page printed with the deck's Inter: CO₂e passes with the extra subset
// (styles/fonts/inter-extra*), and fails without it or with a character no shipped font has.
import type { Browser } from 'playwright-chromium'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { EXTRA_CSS } from '../../scripts/fonts/extra-glyphs'
import { deckFontFaces, formatUnicodeRange } from '../../scripts/fonts/faces'
import { launchBrowser } from '../../scripts/harness'
import { BASE_FONTS, DEJAVU, EXTRA_FONTS, fontconfig, NO_BASE_FONTS } from './fontconfig'
import { foreignFonts, pdfFonts, pdfPages, runExport } from './pdf-tools'

const FILE = 'ai-energy-zh-en.pdf'
let work: string
const runs = [
  { name: 'one font directory', dirs: [BASE_FONTS!], out: '', cache: '' },
  { name: 'an extra font directory', dirs: [BASE_FONTS!, EXTRA_FONTS], out: '', cache: '' },
]

beforeAll(async () => {
  if (!BASE_FONTS)
    throw new Error(NO_BASE_FONTS)
  runs[0]!.out = inject('exportPdfs')
  runs[0]!.cache = inject('exportFontCache')
  work = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
  const { file, cache } = fontconfig(join(work, 'fc'), runs[1]!.dirs)
  runs[1]!.out = join(work, 'pdf')
  runs[1]!.cache = cache
  const r = await runExport(['--only', 'bilingual', '--out', runs[1]!.out, '--from-build', inject('exportBuild')], { FONTCONFIG_FILE: file })
  if (r.code !== 0)
    throw new Error(`export with ${runs[1]!.name} (${runs[1]!.dirs.join(', ')}) failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
}, 600_000)

afterAll(() => {
  if (work)
    rmSync(work, { recursive: true, force: true })
})

describe(`the bilingual slides with the system's fonts narrowed (${BASE_FONTS}; extra: ${EXTRA_FONTS})`, () => {
  it('the browser read the narrowed configuration: its font cache is where that file says', () => {
    for (const run of runs)
      expect(readdirSync(run.cache).length, run.name).toBeGreaterThan(0)
  })

  it.each(runs.map(r => [r.name, r] as const))('with %s: only Inter, Noto Sans SC and Fira Code, embedded, no Type 3', (_, run) => {
    const file = join(run.out, FILE)
    expect(pdfFonts(file).length).toBeGreaterThan(0)
    expect(foreignFonts(file)).toEqual([])
  })

  it('reads back the same text, in both scripts, with the extra fonts as without', () => {
    const [one, two] = runs.map(r => pdfPages(join(r.out, FILE)))
    expect(one!.length).toBeGreaterThan(30)
    expect(two).toEqual(one)
    expect(one!.join('')).toContain('CO₂e')
    expect(one!.join('')).toMatch(/[\u4E00-\u9FFF]/)
  })
})

describe('the family check on a page printed with the deck\'s Inter', () => {
  let browser: Browser
  let dir: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deck-fonts-page-'))
    // DejaVu has ⚓, so the planted character prints (from a system font) instead of as a missing glyph
    const { file } = fontconfig(join(dir, 'fc'), [existsSync(DEJAVU) ? DEJAVU : BASE_FONTS!])
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
