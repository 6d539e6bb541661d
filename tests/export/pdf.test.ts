// `npm run export`, for real: all six PDFs (slides, handouts and the bilingual pair), read back with poppler-utils.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { formatEnergy } from '../../i18n/format'
import { deckNoteHtml } from '../../i18n/slide-text'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { SOURCE_ORDER, sourceNumber } from '../../model'
import { computeTraining, defaultCalculatorsState, trainingFields } from '../../model/calculators'
import { readOutline } from '../../scripts/export/build'
import { cjkInkVariation, foreignFonts, pdfDests, pdfFonts, pdfInfo, pdfInternalLinks, pdfOutline, pdfPages, slideKeys, squash, textInSystemFonts } from './pdf-tools'

const LOCALES = { en, zh } as const
type Code = keyof typeof LOCALES
const CJK = /[\u3400-\u9FFF]/g
const HAS_CJK = /[\u3400-\u9FFF]/

let out: string
let slides: number
let keys: (string | undefined)[]
const pdf = (lang: Code) => join(out, `ai-energy-${lang}.pdf`)
const handout = (lang: Code) => join(out, `ai-energy-${lang}-handout.pdf`)
const bilingual = () => join(out, 'ai-energy-zh-en.pdf')
const bilingualHandout = () => join(out, 'ai-energy-zh-en-handout.pdf')
const ALL = () => [...(['en', 'zh'] as const).flatMap(l => [pdf(l), handout(l)]), bilingual(), bilingualHandout()]

/** The presenter notes of a slide in one language, as plain text paragraphs (what the handout must print). */
function noteParagraphs(key: string, lang: Code): string[] {
  const html = deckNoteHtml(key) ?? ''
  const section = new RegExp(`<section class="deck-note"[^>]*data-lang="${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? ''
  return [...section.replace(/<p class="deck-note-label">[\s\S]*?<\/p>/, '').matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map(m => m[1]!.replace(/<[^>]+>/g, ' ').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').trim())
    .filter(Boolean)
}
const noteText = (key: string, lang: Code): string => noteParagraphs(key, lang).join(' ')

/** Words that only make sense on screen: preset and reset buttons, the grid-mix buttons. */
function screenOnlyWords(t: typeof en | typeof zh): string[] {
  return [t.calc.reset, t.calc.resetDeVries, t.calc.resetRequests, t.calc.presets.gpt4Rise, t.calc.presetsLabel, t.calc.gridsLabel]
}

/** Every `slides.<key>.title` of a locale. */
function slideTitles(locale: { slides: object }): string[] {
  return Object.values(locale.slides as Record<string, { title?: unknown }>)
    .map(s => s.title)
    .filter((x): x is string => typeof x === 'string')
}

/** Text that is a key or template, not words: `{{ $t(...) }}`, `$t(`, `slides.cover.title`. */
const RAW = new RegExp(String.raw`\{\{|\}\}|\$t\(|\b(?:${Object.keys(en).join('|')})\.[a-zA-Z]+\.[a-zA-Z.]+`)

// the default export, made once for the run with the system's fonts narrowed (global-setup.ts)
beforeAll(async () => {
  out = inject('exportPdfs')
  keys = await slideKeys()
  slides = keys.length
})

describe('npm run export', () => {
  it('writes the slides and the handout in each language, the bilingual slides and handout, and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['ai-energy-en-handout.pdf', 'ai-energy-en.pdf', 'ai-energy-zh-en-handout.pdf', 'ai-energy-zh-en.pdf', 'ai-energy-zh-handout.pdf', 'ai-energy-zh.pdf'])
  })

  it('embeds real fonts in every PDF: no Type 3 glyph procedures, all embedded, all the deck\'s own', () => {
    for (const file of ALL()) {
      const fonts = pdfFonts(file)
      expect(fonts.length, file).toBeGreaterThan(0)
      expect(fonts.filter(f => f.type === 'Type 3').map(f => f.name), `${file}: Type 3 fonts`).toEqual([])
      expect(fonts.filter(f => !f.embedded).map(f => f.name), `${file}: fonts not embedded`).toEqual([])
      expect(foreignFonts(file), `${file}: fonts the deck does not ship`).toEqual([])
    }
  })

  it('prints from the export build\'s own reading of its slides (deck-outline.json): the outline is their titles', () => {
    const kept = readOutline(inject('exportBuild'), ['en', 'zh'])
    expect(kept, 'the build keeps its slides\' titles').toBeDefined()
    for (const lang of ['en', 'zh'] as const)
      expect(pdfOutline(pdf(lang)).map(o => o.title)).toEqual(kept!.get(lang)!.options.data.slides.map(s => s.title).filter(Boolean))
  })

  it('keeps the Chinese slides PDF within 1.5 MB', () => {
    expect(statSync(pdf('zh')).size).toBeLessThanOrEqual(1.5 * 1024 * 1024)
  })

  it('prints nothing interactive: no key hint, no preset, reset or grid buttons', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const file of [pdf(lang), handout(lang)]) {
        const text = squash(pdfPages(file).join(''))
        for (const words of screenOnlyWords(LOCALES[lang]))
          expect(text.includes(squash(words)), `${file} shows “${words}”`).toBe(false)
      }
    }
  })

  it('prints each calculator as its inputs and results', () => {
    const page = pdfPages(pdf('en')).find(p => p.includes(en.calc.fields.gpus) && p.includes(en.calc.out.energy))
    expect(page, 'the training calculator page').toBeDefined()
    // the calculator's starting run: each input as typed, and the energy the model computes from them
    const { timeBasis, inputs } = defaultCalculatorsState().training
    const text = squash(page!)
    for (const name of trainingFields(timeBasis))
      expect(text, `input ${name}`).toContain(squash(inputs[name] ?? '∅'))
    const numbers = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Number(v)]))
    expect(text).toContain(squash(formatEnergy(computeTraining(timeBasis, numbers).energyKwh, 'en').text))
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

    it('embeds every font; no text falls back to a system font', () => {
      const fonts = pdfFonts(pdf(lang))
      expect(fonts.length).toBeGreaterThan(0)
      for (const f of fonts)
        expect(f.embedded, `${f.name} (${f.type}) embedded`).toBe(true)
      // every glyph from a shipped font, the ₂ of CO₂e too (styles/fonts/inter-extra*)
      expect(textInSystemFonts(pdf(lang))).toEqual([])
    })
  })

  describe.each(['en', 'zh'] as const)('%s handout', (lang) => {
    const t = LOCALES[lang]
    const other = lang === 'en' ? 'zh' : 'en'

    it('has one A4 portrait page per slide, and a translated document title', () => {
      const info = pdfInfo(handout(lang))
      expect(Number(info.Pages)).toBe(slides)
      expect(info['Page size']).toMatch(/A4/)
      const [w, h] = info['Page size'].match(/[\d.]+/g)!.map(Number)
      expect(h).toBeGreaterThan(w)
      expect(info.Title).toBe(t.app.handoutTitle.replace('{{title}}', t.slides.cover.title))
    })

    it('prints every slide with its presenter notes, in its language only', () => {
      const pages = pdfPages(handout(lang))
      let checked = 0
      keys.forEach((key, i) => {
        if (!key)
          return
        const mine = squash(noteText(key, lang))
        if (!mine)
          return
        checked++
        const page = squash(pages[i])
        // the whole note, in this language (so none of it was cut off at the foot of the page)
        expect(page, `page ${i + 1} (${key}) has its notes`).toContain(mine)
        expect(page, `page ${i + 1} (${key}) has no notes in ${other}`).not.toContain(squash(noteText(key, other)).slice(0, 30))
        expect(RAW.exec(pages[i])?.[0], `page ${i + 1}`).toBeUndefined()
      })
      expect(checked).toBeGreaterThan(slides / 2)
    })

    it('sets the notes as paragraphs: each paragraph of a note begins a line of its own', () => {
      const pages = pdfPages(handout(lang))
      let checked = 0
      keys.forEach((key, i) => {
        const paragraphs = key ? noteParagraphs(key, lang) : []
        if (paragraphs.length < 2)
          return
        const lineStarts = pages[i]!.split('\n').map(l => squash(l))
        for (const p of paragraphs.slice(1)) {
          checked++
          const start = squash(p).slice(0, 8)
          expect(lineStarts.some(l => l.startsWith(start)), `page ${i + 1} (${key}): “${p.slice(0, 30)}…” begins a line`).toBe(true)
        }
      })
      expect(checked).toBeGreaterThan(10)
    })

    it('lists under each slide every source it cites, its quotations\' too', () => {
      const pages = pdfPages(handout(lang))
      let checked = 0
      pages.forEach((page, i) => {
        // the references slides are the whole list itself
        if (keys[i]?.startsWith('references'))
          return
        const [slide = '', list = ''] = page.split(t.app.handoutSources)
        const marks = new Set([...slide.matchAll(/\[(\d+)\]/g)].map(m => Number(m[1])))
        const listed = new Set([...list.matchAll(/^\s*\[(\d+)\]/gm)].map(m => Number(m[1])))
        if (marks.size)
          checked++
        expect([...marks].filter(no => !listed.has(no)), `page ${i + 1} (${keys[i]}): marks not in its list of sources`).toEqual([])
      })
      expect(checked).toBeGreaterThan(slides / 2)
    })

    it('shows each slide on its page: the slides PDF text is there too', () => {
      const deck = pdfPages(pdf(lang))
      const pages = pdfPages(handout(lang))
      deck.forEach((text, i) => {
        const firstLine = text.split('\n').map(l => l.trim()).find(Boolean) ?? ''
        expect(squash(pages[i]), `page ${i + 1}`).toContain(squash(firstLine))
      })
    })

    it('has a translated outline that leads to each slide', () => {
      const outline = pdfOutline(handout(lang))
      const slideOutline = pdfOutline(pdf(lang))
      expect(outline[0]).toEqual({ page: 1, title: t.app.handoutTitle.replace('{{title}}', t.slides.cover.title) })
      expect(outline.slice(1)).toEqual(slideOutline.slice(1))
      for (const { title } of outline)
        expect(title).not.toMatch(RAW)
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

// The bilingual view: Chinese leading, English beneath.
describe('bilingual slides (ai-energy-zh-en.pdf)', () => {
  /** English words: two in a row, as a sentence has them (not a lone unit or model name). */
  const ENGLISH = /\b[A-Z]{2,}[,;:]? [A-Z]{2,}\b/i

  it('has one page per slide, and both titles as the document title', () => {
    const info = pdfInfo(bilingual())
    expect(Number(info.Pages)).toBe(slides)
    expect(info.Title).toBe(`${zh.slides.cover.title} / ${en.slides.cover.title}`)
  })

  it('shows both scripts on every page', () => {
    const pages = pdfPages(bilingual())
    expect(pages).toHaveLength(slides)
    pages.forEach((text, i) => {
      expect(HAS_CJK.test(text), `page ${i + 1} has Chinese`).toBe(true)
      expect(ENGLISH.exec(text)?.[0], `page ${i + 1} has English`).toBeTruthy()
      expect(RAW.exec(text)?.[0], `page ${i + 1}`).toBeUndefined()
    })
    // the cover: the English title beneath the Chinese one
    const cover = squash(pages[0])
    expect(cover.indexOf(squash(zh.slides.cover.title))).toBeGreaterThanOrEqual(0)
    expect(cover.indexOf(squash(en.slides.cover.title))).toBeGreaterThan(cover.indexOf(squash(zh.slides.cover.title)))
  })

  it('has an outline in both languages ("中文标题 / English title")', () => {
    const outline = pdfOutline(bilingual())
    expect(outline.length).toBe(slides)
    for (const { title, page } of outline) {
      const [lead, second] = title.split(' / ')
      expect(HAS_CJK.test(lead ?? ''), `bookmark ${page}: ${title}`).toBe(true)
      expect(second, `bookmark ${page}: ${title}`).toMatch(/[A-Z]/i)
      expect(HAS_CJK.test(second ?? ''), `bookmark ${page}: ${title}`).toBe(false)
    }
  })

  it('embeds real fonts: no Type 3 glyph procedures, all embedded', () => {
    const fonts = pdfFonts(bilingual())
    expect(fonts.filter(f => f.type === 'Type 3' || !f.embedded).map(f => f.name)).toEqual([])
    expect(textInSystemFonts(bilingual())).toEqual([])
  })
})

// A source mark [n] is a link inside the PDF to its entry on the references pages (Chromium keeps an
// internal link as a named destination; poppler reads both back).
describe('source marks link to their references', () => {
  /** The source of mark number n. */
  const sourceOf = (n: number) => SOURCE_ORDER[n - 1]

  it.each(['ai-energy-en.pdf', 'ai-energy-zh.pdf', 'ai-energy-en-handout.pdf', 'ai-energy-zh-handout.pdf', 'ai-energy-zh-en.pdf', 'ai-energy-zh-en-handout.pdf'])('%s: every mark leads to the page of its entry', (name) => {
    const file = join(out, name)
    const dests = pdfDests(file)
    const pages = pdfPages(file)
    // each entry a mark points at is a destination, on a references page that shows its number
    const refPages = new Set<number>()
    for (const [name, page] of dests) {
      const id = SOURCE_ORDER.find(s => `ref-${s}` === name)
      expect(id, `destination ${name} is a reference`).toBeDefined()
      expect(squash(pages[page - 1]!), `${name} on page ${page}`).toContain(`[${sourceNumber(id!)}]`)
      refPages.add(page)
    }
    expect(dests.size, 'references linked to').toBeGreaterThan(20)
    const marks = pdfInternalLinks(file).flatMap(l => [...l.text.matchAll(/\[(\d+)\]/g)].map(m => ({ ...l, no: Number(m[1]) })))
    expect(marks.length, 'links on marks').toBeGreaterThan(slides)
    for (const mark of marks) {
      const id = sourceOf(mark.no)
      expect(id, `mark [${mark.no}] on page ${mark.page}`).toBeDefined()
      expect(mark.target, `mark [${mark.no}] on page ${mark.page} leads to the page of ${id}`).toBe(dests.get(`ref-${id}`))
    }
    // every page that shows a mark (not the references themselves) has links on its marks
    const linked = new Set(marks.map(m => m.page))
    pages.forEach((text, i) => {
      if (!refPages.has(i + 1) && /\[\d{1,2}\]/.test(text))
        expect(linked.has(i + 1), `page ${i + 1} shows a mark but links none`).toBe(true)
    })
  })
})

// The bilingual handout: each slide in the bilingual view (Chinese leading), its notes in both languages, Chinese first.
describe('bilingual handout (ai-energy-zh-en-handout.pdf)', () => {
  const title = zh.app.handoutTitle.replace('{{title}}', `${zh.slides.cover.title} / ${en.slides.cover.title}`)

  it('has one A4 portrait page per slide, and both titles as a handout title', () => {
    const info = pdfInfo(bilingualHandout())
    expect(Number(info.Pages)).toBe(slides)
    expect(info['Page size']).toMatch(/A4/)
    const [w, h] = info['Page size']!.match(/[\d.]+/g)!.map(Number)
    expect(h).toBeGreaterThan(w!)
    expect(info.Title).toBe(title)
  })

  it('prints every slide with its notes in both languages, the Chinese first', () => {
    const pages = pdfPages(bilingualHandout())
    let checked = 0
    keys.forEach((key, i) => {
      if (!key)
        return
      const [first, second] = [squash(noteText(key, 'zh')), squash(noteText(key, 'en'))]
      if (!first || !second)
        return
      checked++
      const page = squash(pages[i]!)
      expect(page, `page ${i + 1} (${key}) has its Chinese notes`).toContain(first)
      expect(page, `page ${i + 1} (${key}) has its English notes`).toContain(second)
      expect(page.indexOf(first), `page ${i + 1} (${key}): Chinese first`).toBeLessThan(page.indexOf(second))
      expect(RAW.exec(pages[i]!)?.[0], `page ${i + 1}`).toBeUndefined()
    })
    expect(checked).toBeGreaterThan(slides / 2)
  })

  it('shows each slide in the bilingual view: the bilingual slides PDF text is there too', () => {
    const deck = pdfPages(bilingual())
    const pages = pdfPages(bilingualHandout())
    deck.forEach((text, i) => {
      const lines = text.split('\n').map(l => l.trim()).filter(Boolean)
      expect(squash(pages[i]!), `page ${i + 1}`).toContain(squash(lines[0] ?? ''))
    })
    // the cover: the English title beneath the Chinese one
    const cover = squash(pages[0]!)
    expect(cover.indexOf(squash(en.slides.cover.title))).toBeGreaterThan(cover.indexOf(squash(zh.slides.cover.title)))
    expect(cover.indexOf(squash(zh.slides.cover.title))).toBeGreaterThanOrEqual(0)
  })

  it('has an outline in both languages that leads to each slide', () => {
    const outline = pdfOutline(bilingualHandout())
    expect(outline[0]).toEqual({ page: 1, title })
    expect(outline.slice(1)).toEqual(pdfOutline(bilingual()).slice(1))
  })
})
