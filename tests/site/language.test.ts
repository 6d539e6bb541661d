// The language switch in one window, on the static site of the run (global-setup.ts): `L`, the nav-bar
// button, the address, a reload, a deep link, an unknown language, the overview. The same code runs on
// the dev server, where the windows of a talk follow each other (tests/e2e/language.test.ts: `L` from
// the presenter and from the audience, and `L` before the other language's words have loaded).
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { shownSlideText, slideKeyOf, waitSlide } from '../../scripts/harness'
import { SITE_BASE } from './global-setup'
import { siteWindows } from './windows'

const { url: site, watch, blank, open } = siteWindows()

/** Wait until the page shows `text` somewhere. */
const waitText = (page: Page, text: string, timeout = 15_000) => page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout })
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const waitLang = (page: Page, lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 10_000 })
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText)

describe('language switch in one window', () => {
  it('l toggles the visible text, <html lang>, the URL and the tab title, on the same slide', async () => {
    const page = await open('/2?lang=en')
    await waitText(page, en.slides.agenda.title)
    expect(await htmlLang(page)).toBe('en')

    await page.keyboard.press('l')
    await waitLang(page, 'zh-CN')
    const text = await shownSlideText(page, 2)
    expect(text).toContain(zh.slides.agenda.title)
    expect(text).not.toContain(en.slides.agenda.title)
    expect(new URL(page.url()).pathname).toBe(`${SITE_BASE}2`)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
    expect(await page.title()).toBe(zh.deck.title)

    await page.keyboard.press('l')
    await waitLang(page, 'en')
    await waitText(page, en.slides.agenda.title)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')
    expect(await page.title()).toBe(en.deck.title)
  })

  it('the nav-bar button switches too, and shows the language it switches to', async () => {
    const page = await open('/1?lang=en')
    const button = page.getByTestId('lang-toggle')
    await page.mouse.move(20, 700)
    expect((await button.innerText()).trim()).toBe(zh.meta.nativeName)
    await button.click({ force: true })
    await waitLang(page, 'zh-CN')
    await waitText(page, zh.slides.cover.title)
    expect((await button.innerText()).trim()).toBe(en.meta.nativeName)
    await button.click({ force: true })
    await waitLang(page, 'en')
  })

  it('keeps ?lang= while navigating, and survives a reload', async () => {
    const page = await open('/1?lang=zh')
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/\/2\?/)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
    await page.reload()
    await waitSlide(page, 2)
    expect(await htmlLang(page)).toBe('zh-CN')
    await waitText(page, zh.slides.agenda.title)
  })

  it('a deep link such as /3?lang=zh opens slide 3 in Chinese', async () => {
    const page = await open('/3?lang=zh')
    expect(new URL(page.url()).pathname).toBe(`${SITE_BASE}3`)
    expect(await htmlLang(page)).toBe('zh-CN')
    const key = await slideKeyOf(page, 3)
    const titles = zh.slides as Record<string, { title?: string }>
    expect(await shownSlideText(page, 3)).toContain(titles[key]?.title)
  })

  it('an unknown ?lang= falls back to English without an error and fixes the URL', async () => {
    const page = await blank()
    for (const bad of ['fr', '', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'ZH-tw']) {
      const before = watch.errors.length
      await page.goto(`${site}/2?lang=${bad}`)
      await waitSlide(page)
      await waitLang(page, 'en')
      await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en')
      expect(new URL(page.url()).pathname).toBe(`${SITE_BASE}2`)
      await waitText(page, en.slides.agenda.title)
      expect(watch.errors.slice(before)).toEqual([])
    }
  })

  // Every slide in both languages (no raw key, no {{, no NaN) is checked in slides.test.ts.
  it('the overview lists the slides\' titles in the current language', async () => {
    const page = await blank()
    for (const lang of ['en', 'zh'] as const) {
      const locale = lang === 'en' ? en : zh
      await page.goto(`${site}/overview?lang=${lang}`)
      // the overview renders every slide at once: slow on a loaded machine
      await waitText(page, locale.slides.agenda.title, 60_000)
      const overview = await bodyText(page)
      expect(overview).not.toMatch(/\{\{|\$t\(/)
      expect(overview).toContain(locale.slides.references.title)
    }
  })
})
