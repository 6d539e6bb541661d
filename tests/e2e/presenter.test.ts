// The presenter view as the speaker reads it, at 1920×1080: the notes in the current language at
// 20 px or more, a whole slide's notes without scrolling on the slides with the longest notes (in
// each language), the other language one click away and kept after a reload, the next slide large
// enough to read its title, the current slide still the largest thing on screen.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { languageCodes } from '../../i18n/core'
import { deckNoteHtml } from '../../i18n/slide-text'
import { goToSlide, recordErrors } from '../../scripts/harness'
import { connectBrowser, devUrl, presenterPath, resetDeck } from './shared'

const MIN_NOTES_PX = 20
/** The next slide's title, as drawn in its preview: readable at a glance on a laptop screen. */
const MIN_NEXT_TITLE_PX = 16

let browser: Browser
let context: BrowserContext
let page: Page
const errors: string[] = []

/** A slide's notes in one language, as text (what the speaker reads). */
function noteText(key: string, lang: string): string {
  const html = deckNoteHtml(key) ?? ''
  const section = new RegExp(`<section class="deck-note"[^>]*data-lang="${lang}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? ''
  return section.replace(/<p class="deck-note-label">[\s\S]*?<\/p>/, '').replace(/<[^>]+>/g, '').trim()
}

interface Shown {
  /** Languages of the note sections the speaker sees. */
  visible: string[]
  /** Smallest font size of a visible paragraph of the notes, px. */
  fontPx: number
  scrollHeight: number
  clientHeight: number
  /** Rendered size of the next slide's title, px (canvas scale included). */
  nextTitlePx: number
  /** Rendered width of the current slide, px. */
  mainWidth: number
}

/** Runs in the page: what the presenter view shows now. */
function shown(): Shown {
  const note = document.querySelector<HTMLElement>('.slidev-presenter .grid-section.note .slidev-note')!
  const sections = [...note.querySelectorAll<HTMLElement>('.deck-note')].filter(s => s.getBoundingClientRect().height > 0)
  const paragraphs = sections.flatMap(s => [...s.querySelectorAll('p')].filter(p => p.getBoundingClientRect().height > 0))
  const next = document.querySelector<HTMLElement>('.slidev-presenter .grid-section.next .slidev-page')!
  const title = next.querySelector('h1, h2')!
  const scale = next.getBoundingClientRect().width / next.offsetWidth
  const main = [...document.querySelectorAll<HTMLElement>('.slidev-presenter .grid-section.main .slidev-page')].find(e => e.getBoundingClientRect().width > 0)!
  return {
    visible: sections.map(s => s.dataset.lang!),
    fontPx: Math.min(...paragraphs.map(p => Number.parseFloat(getComputedStyle(p).fontSize))),
    scrollHeight: note.scrollHeight,
    clientHeight: note.clientHeight,
    nextTitlePx: Number.parseFloat(getComputedStyle(title).fontSize) * scale,
    mainWidth: main.getBoundingClientRect().width,
  }
}

/**
 * The presenter view loaded again, as a reload does (a new document, the same localStorage), at its
 * address with the password: the address the deck keeps in the bar may have lost it, and a reload
 * would then meet Slidev's password prompt.
 */
async function reopen(no: number): Promise<void> {
  await page.goto(`${devUrl()}${presenterPath(no)}`)
  await page.locator('.slidev-presenter').first().waitFor()
}

/** Slide `no` in the presenter view, once its notes show `text` (in whichever section) and the fonts are in. */
async function turnTo(no: number, text: string): Promise<void> {
  await page.waitForFunction(() => (window as any).__slidev__?.nav) // after a reload: Slidev is up
  await goToSlide(page, no)
  await page.waitForFunction(([t]) => {
    const note = document.querySelector<HTMLElement>('.slidev-presenter .grid-section.note .slidev-note')
    return note?.textContent?.includes(t) && document.querySelector('.slidev-presenter .grid-section.next .slidev-page :is(h1, h2)')
  }, [text.slice(0, 40)] as const, { timeout: 60_000 }).catch(async (e: Error) => {
    const shown = await page.evaluate(() => ({
      url: location.href,
      note: document.querySelector<HTMLElement>('.slidev-presenter .grid-section.note .slidev-note')?.innerText.slice(0, 160) ?? null,
      next: document.querySelector('.slidev-presenter .grid-section.next .slidev-page :is(h1, h2)')?.textContent ?? null,
    }))
    throw new Error(`slide ${no} in the presenter view never showed notes starting "${text.slice(0, 40)}": ${JSON.stringify(shown)} (${e.message})`)
  })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

const visibleLangs = (): Promise<string[]> => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slidev-presenter .deck-note')].filter(s => s.getBoundingClientRect().height > 0).map(s => s.dataset.lang!))
const waitLang = (lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang)

/** The slide with the longest notes in each language: its number, key and notes. */
let longest: { lang: string, no: number, key: string, text: string }[] = []

beforeAll(async () => {
  await resetDeck()
  browser = await connectBrowser()
  // a context of its own: a fresh localStorage, as on the speaker's first visit
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  page = await context.newPage()
  page.setDefaultTimeout(120_000) // a reload on a loaded machine can take a minute
  errors.push(...recordErrors(page))
  await page.goto(`${devUrl()}${presenterPath(1, 'lang=zh')}`)
  await page.locator('.slidev-presenter .slidev-page-1').first().waitFor()
  const keys = await page.evaluate(() => (window as any).__slidev__.nav.slides.map((s: any) => s.meta.slide.frontmatter.key ?? '') as string[])
  longest = languageCodes().map((lang) => {
    const [no, key, text] = keys.map((k, i) => [i + 1, k, k ? noteText(k, lang) : ''] as const)
      .reduce((a, b) => (b[2].length > a[2].length ? b : a))
    return { lang, no, key, text }
  })
}, 240_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('presenter view at 1920×1080', () => {
  it('shows the longest notes of the deck whole, in the current language, at 20 px or more', async () => {
    // found on their own, so the test follows the deck as its notes change
    expect(longest.map(l => l.text.length).every(n => n > 300)).toBe(true)
    const problems: string[] = []
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await page.keyboard.press('l')
        await waitLang('en')
      }
      for (const slide of longest) {
        await turnTo(slide.no, noteText(slide.key, lang))
        const s = await page.evaluate(shown)
        const where = `${lang}, slide ${slide.no} (${slide.key}, the longest ${slide.lang} notes)`
        if (s.visible.join() !== lang)
          problems.push(`${where}: notes shown in ${s.visible.join(' + ') || 'no language'}`)
        if (s.fontPx < MIN_NOTES_PX)
          problems.push(`${where}: notes at ${s.fontPx} px`)
        if (s.scrollHeight > s.clientHeight)
          problems.push(`${where}: notes need scrolling (${s.scrollHeight} px in ${s.clientHeight} px)`)
        if (s.nextTitlePx < MIN_NEXT_TITLE_PX)
          problems.push(`${where}: next slide's title drawn at ${s.nextTitlePx.toFixed(1)} px`)
        if (s.mainWidth < 1920 / 2)
          problems.push(`${where}: current slide only ${Math.round(s.mainWidth)} px wide`)
      }
    }
    expect(problems).toEqual([])
    expect(errors.splice(0)).toEqual([])
  }, 180_000)

  it('shows the other language with one click on its tab, and keeps that choice after a reload and across L', async () => {
    const slide = longest[0]!
    // English, whatever the test before left, and this window has taken it in before L, as the speaker
    // would press it: by way of Chinese, so that waiting for English waits for the reset itself (a reset
    // still on its way when L is pressed would turn the window back to English after it)
    await resetDeck(devUrl(), 'zh')
    await waitLang('zh-CN')
    await resetDeck()
    await waitLang('en')
    await page.keyboard.press('l')
    await waitLang('zh-CN')
    await turnTo(slide.no, noteText(slide.key, 'zh'))
    expect(await visibleLangs()).toEqual(['zh'])

    // one click: the English notes, and nothing else
    await page.locator('.slidev-presenter .deck-notes-tab[data-deck-notes-tab="en"]').click()
    await page.waitForFunction(() => document.documentElement.dataset.deckNotes === 'en')
    expect(await visibleLangs()).toEqual(['en'])
    // a mouse click gives the keys back to the deck (Slidev ignores them while a button has focus)
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BUTTON')

    // kept when the presenter view is reloaded
    await reopen(slide.no)
    await turnTo(slide.no, noteText(slide.key, 'en'))
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    expect(await visibleLangs()).toEqual(['en'])

    // the choice is "the other language": after L (the talk now in English) the Chinese notes show
    await page.keyboard.press('l')
    await waitLang('en')
    await page.waitForFunction(() => document.documentElement.dataset.deckNotes === 'zh')
    expect(await visibleLangs()).toEqual(['zh'])

    // and one click back to the current language, kept too
    await page.locator('.slidev-presenter .deck-notes-tab[data-deck-notes-tab="en"]').click()
    await reopen(slide.no)
    await turnTo(slide.no, noteText(slide.key, 'en'))
    expect(await visibleLangs()).toEqual(['en'])
    expect(errors.splice(0)).toEqual([])
  }, 400_000)
})
