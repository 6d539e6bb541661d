// The bilingual view on the dev server, as a presenter drives it: `B` in the presenter window turns it
// on and off in every window, `L` swaps which language leads, a window opened later joins, a reload
// keeps it. What one window does with the view (the address, number formats, bad values) runs on the
// static site (tests/site/bilingual.test.ts); every slide in both pairings is walked in stage.test.ts.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { CLEAN, waitSlide, WindowWatch } from '../../scripts/harness'
import { waitAlso, waitNoAlso } from './also'
import { connectBrowser, devUrl, PagePool, presenterPath, resetDeck } from './shared'

const server = { url: '' }
let browser: Browser
let context: BrowserContext
let pool: PagePool
const watch = new WindowWatch()

/** A window of this file's context (its windows share the HTTP cache and are reused between tests). */
function open(path: string): Promise<Page> {
  return pool.open(server.url, path)
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const waitLang = (page: Page, lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 10_000 })
const query = (page: Page) => new URL(page.url()).searchParams

beforeAll(async () => {
  server.url = devUrl()
  browser = await connectBrowser()
  context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  pool = new PagePool(context, p => watch.page(p))
})

// Every test starts from the talk's start (English, one language), whatever ran before it.
beforeEach(() => resetDeck())

afterEach(async () => {
  await pool.release()
  expect(watch.take()).toEqual(CLEAN)
})

afterAll(async () => {
  await browser?.close()
})

describe('bilingual view on the dev server', () => {
  it('b in the presenter window turns the second language off in the audience window and back; l swaps which leads', async () => {
    const audience = await open('/2?lang=en&also=')
    const presenter = await open(presenterPath(2, 'lang=en'))
    await waitLang(audience, 'en')
    await waitNoAlso(audience)

    await presenter.keyboard.press('b')
    const on = await waitAlso(audience, 2, 'zh-CN')
    expect(on.length).toBeGreaterThan(0)
    await audience.waitForFunction(() => new URL(location.href).searchParams.get('also') === 'zh')
    expect(await htmlLang(audience)).toBe('en')
    // the presenter's indicator names the view (once the presenter has its second language's words: a
    // window that just opened may still be fetching them when the audience, open longer, shows the view)
    const indicator = presenter.getByTestId('bilingual-toggle').first()
    await indicator.filter({ hasText: `${en.meta.nativeName} + ` }).waitFor()
    expect((await indicator.innerText()).trim()).toBe(`${en.meta.nativeName} + ${zh.meta.nativeName}`)

    await presenter.keyboard.press('l')
    await waitLang(audience, 'zh-CN')
    expect((await waitAlso(audience, 2, 'en')).length).toBeGreaterThan(0)
    await audience.waitForFunction(() => new URL(location.href).searchParams.get('also') === 'en')
    expect(query(audience).get('lang')).toBe('zh')

    await presenter.keyboard.press('b')
    await waitNoAlso(audience)
    await audience.waitForFunction(() => !new URL(location.href).searchParams.has('also'))
    expect(await htmlLang(audience)).toBe('zh-CN')

    await presenter.keyboard.press('b')
    expect((await waitAlso(audience, 2, 'en')).length).toBeGreaterThan(0)

    // a window opened later joins the view; a reload keeps it
    const late = await open('/2')
    expect((await waitAlso(late, 2, 'en')).length).toBeGreaterThan(0)
    expect(query(late).get('also')).toBe('en')
    await audience.reload({ timeout: 90_000 })
    await waitSlide(audience, 2)
    expect((await waitAlso(audience, 2, 'en')).length).toBeGreaterThan(0)
    expect(query(audience).get('also')).toBe('en')
    expect(query(audience).get('lang')).toBe('zh')
  })
})
