// `npm run export`, for real: both PDFs, read back with poppler-utils.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { cjkInkVariation, pdfFonts, pdfInfo, pdfOutline, pdfPages, runExport, slideCount, squash, textInSystemFonts } from './pdf-tools'

const LOCALES = { en, zh } as const
type Code = keyof typeof LOCALES
const CJK = /[\u3400-\u9FFF]/g
const HAS_CJK = /[\u3400-\u9FFF]/

let out: string
let slides: number
let exported: Awaited<ReturnType<typeof runExport>>
const pdf = (lang: Code) => join(out, `ai-energy-${lang}.pdf`)

/** Every `slides.<key>.title` of a locale. */
function slideTitles(locale: { slides: object }): string[] {
  return Object.values(locale.slides as Record<string, { title?: unknown }>)
    .map(s => s.title)
    .filter((x): x is string => typeof x === 'string')
}

/** Text that is a key or template, not words: `{{ $t(...) }}`, `$t(`, `slides.cover.title`. */
const RAW = new RegExp(String.raw`\{\{|\}\}|\$t\(|\b(?:${Object.keys(en).join('|')})\.[a-zA-Z]+\.[a-zA-Z.]+`)

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
  ;[slides, exported] = await Promise.all([slideCount(), runExport(['--out', out])])
  if (exported.code !== 0)
    throw new Error(`export failed (${exported.code}):\n${exported.stdout}\n${exported.stderr}`)
}, 300_000)

afterAll(() => {
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe('npm run export', () => {
  it('writes one PDF per language and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['ai-energy-en.pdf', 'ai-energy-zh.pdf'])
  })

  describe.each(['en', 'zh'] as const)('%s PDF', (lang) => {
    const t = LOCALES[lang]

    it('has one page per slide, and the translated document title', () => {
      const info = pdfInfo(pdf(lang))
      expect(Number(info.Pages)).toBe(slides)
      expect(info.Title).toBe(t.slides.cover.title)
    })

    it('opens with the title slide in its language', () => {
      const first = squash(pdfPages(pdf(lang))[0])
      expect(first).toContain(squash(t.deck.title))
      expect(first).toContain(squash(t.slides.cover.subtitle))
    })

    it('shows no raw key or template on any page', () => {
      pdfPages(pdf(lang)).forEach((text, i) => {
        expect(RAW.exec(text)?.[0], `page ${i + 1}`).toBeUndefined()
        expect(text, `page ${i + 1}`).not.toMatch(/undefined|NaN|Infinity/)
      })
    })

    it('is in its language on every page', () => {
      pdfPages(pdf(lang)).forEach((text, i) => {
        const letters = text.replace(/\P{L}/gu, '').length
        const cjk = text.match(CJK)?.length ?? 0
        if (lang === 'zh')
          expect(cjk, `page ${i + 1} has Chinese`).toBeGreaterThan(0)
        else // the English talk quotes the article's Chinese title, nothing more
          expect(cjk / Math.max(letters, 1), `page ${i + 1} is English`).toBeLessThan(0.15)
      })
    })

    it('has a translated outline: every slide title, no raw key', () => {
      const outline = pdfOutline(pdf(lang))
      expect(outline.length).toBeGreaterThan(0)
      expect(outline[0]).toEqual({ page: 1, title: t.slides.cover.title })
      for (const { title, page } of outline) {
        expect(title, `outline entry for page ${page}`).not.toMatch(RAW)
        expect(page).toBeLessThanOrEqual(slides)
      }
      const titles = outline.map(o => o.title)
      const ours = new Set(slideTitles(t))
      const theirs = new Set(slideTitles(LOCALES[lang === 'en' ? 'zh' : 'en']).filter(x => !ours.has(x)))
      expect(titles.filter(x => theirs.has(x)), 'titles in the other language').toEqual([])
      expect(titles.filter(x => ours.has(x)).length).toBeGreaterThan(titles.length / 2)
      if (lang === 'zh')
        expect(titles.filter(x => HAS_CJK.test(x)).length).toBeGreaterThan(titles.length / 2)
    })

    it('embeds every font; no Chinese text falls back to a system font', () => {
      const fonts = pdfFonts(pdf(lang))
      expect(fonts.length).toBeGreaterThan(0)
      for (const f of fonts)
        expect(f.embedded, `${f.name} (${f.type}) embedded`).toBe(true)
      // A glyph none of the shipped fonts has is drawn from whatever the machine has (here: ₂ of CO₂
      // from DejaVu Sans in the English PDF); tolerable for a symbol, never for Chinese text.
      const fallback = textInSystemFonts(pdf(lang))
      expect(fallback.filter(x => HAS_CJK.test(x.text))).toEqual([])
    })
  })

  it('draws real Chinese glyphs, not boxes', () => {
    const pages = pdfPages(pdf('zh'))
    const work = mkdtempSync(join(tmpdir(), 'deck-ink-'))
    let checked = 0
    pages.forEach((_, i) => {
      if (checked >= 6)
        return
      const variation = cjkInkVariation(pdf('zh'), i + 1, work)
      if (variation === undefined)
        return
      checked++
      expect(variation, `page ${i + 1}: the Chinese characters all look alike (boxes?)`).toBeGreaterThan(0.08)
    })
    rmSync(work, { recursive: true, force: true })
    expect(checked).toBeGreaterThan(0)
  })
})
