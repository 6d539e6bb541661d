// The language switch as a presenter uses it, against the real dev server in a real Chromium: `L` in
// the presenter window reaches the audience window and back, a window opened later joins, and `L`
// pressed before the other language's words have loaded waits for them. What `L`, the button and the
// address do in one window runs on the static site (tests/site/language.test.ts).
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { CLEAN, shownSlideText, waitSlide, WindowWatch } from '../../scripts/harness'
import { connectBrowser, devUrl, PagePool, presenterPath, resetDeck } from './shared'

const server = { url: '' }
let browser: Browser
let context: BrowserContext
let pool: PagePool
const watch = new WindowWatch()

/** A window of this file's context (its windows share the HTTP cache and are reused between tests). */
async function open(path: string): Promise<Page> {
  const page = await pool.open(server.url, path)
  await waitSlide(page)
  return page
}

/** Wait until the page shows `text` somewhere. */
const waitText = (page: Page, text: string, timeout = 15_000) => page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout })
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const waitLang = (page: Page, lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 10_000 })

beforeAll(async () => {
  server.url = devUrl()
  browser = await connectBrowser()
  context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  pool = new PagePool(context, p => watch.page(p))
})

// Every test starts from the talk's start (English, one language), whatever ran before it.
beforeEach(() => resetDeck())

// Windows of one test never drive the next one (the dev server syncs slide and language to all of them),
// and each test answers for its own windows: no request off localhost, no console error.
afterEach(async () => {
  await pool.release()
  expect(watch.take()).toEqual(CLEAN)
})

afterAll(async () => {
  await browser?.close()
})

describe('language switch on the dev server', () => {
  it('l pressed before the other language has loaded waits for its words, then switches', async () => {
    // a route on the window: Chromium then takes nothing from its cache, zh.json included
    const page = await pool.blank()
    let release!: () => void
    const holding = new Promise<void>(resolve => (release = resolve))
    let asked = false
    await page.route(/\/locales\/zh\.json/, async (route) => {
      asked = true
      await holding
      await route.continue()
    })
    await page.goto(`${server.url}/2?lang=en`)
    await waitSlide(page)
    await waitText(page, en.slides.agenda.title)
    await page.keyboard.press('l')
    await page.waitForFunction(() => true) // one round trip: the key has been handled
    expect(await htmlLang(page)).toBe('en') // the Chinese words are held back: still English
    expect(await shownSlideText(page, 2)).toContain(en.slides.agenda.title)
    release()
    await waitLang(page, 'zh-CN')
    expect(await shownSlideText(page, 2)).toContain(zh.slides.agenda.title)
    expect(asked).toBe(true)
  })

  it('a switch in the presenter window changes the audience window, and the other way round', async () => {
    const audience = await open('/2?lang=en')
    await waitText(audience, en.slides.agenda.title)
    const presenter = await open(presenterPath(2))
    expect(await htmlLang(presenter)).toBe('en')

    await presenter.keyboard.press('l')
    await waitLang(audience, 'zh-CN')
    await waitText(audience, zh.slides.agenda.title)
    expect(new URL(audience.url()).searchParams.get('lang')).toBe('zh')
    expect(new URL(audience.url()).pathname).toBe('/2')

    await audience.keyboard.press('l')
    await waitLang(presenter, 'en')
    await waitText(presenter, en.slides.agenda.title)

    // the presenter's notes hold both languages and show the current one (the other is one click
    // away: presenter.test.ts)
    const labels = await presenter.locator('.deck-note-label').allTextContents()
    expect(labels).toEqual(expect.arrayContaining([en.app.notesIn, zh.app.notesIn]))
    const shownNotes = () => presenter.evaluate(() => [...document.querySelectorAll<HTMLElement>('.deck-note')]
      .filter(n => n.getBoundingClientRect().height > 0)
      .map(n => n.dataset.lang))
    expect(await shownNotes()).toEqual(['en'])
    await presenter.keyboard.press('l')
    await waitLang(presenter, 'zh-CN')
    expect(await shownNotes()).toEqual(['zh'])

    // a window opened later, without ?lang, joins the current language
    const late = await open('/1')
    expect(await htmlLang(late)).toBe('zh-CN')
    expect(new URL(late.url()).searchParams.get('lang')).toBe('zh')
    await late.keyboard.press('l')
    await waitLang(presenter, 'en')
    await waitLang(audience, 'en')
  })
})
