// The static site as a host serves it (global-setup.ts: `npm run build -- --base /talk/`), under a sub-folder,
// with no server behind it (windows of one browser sync through localStorage), in a real Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { allPdfs, pdfName } from '../../model/pdf-files'
import { CLEAN, WindowWatch } from '../../scripts/harness'
import { connectBrowser } from '../e2e/shared'
import { SITE_BASE as BASE } from './global-setup'

/** The run's static site (global-setup.ts): its address and its folder. */
const server = { url: inject('siteUrl') }
const site = inject('siteDir')
let browser: Browser
let context: BrowserContext
const watch = new WindowWatch()

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const waitLang = (page: Page, lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 10_000 })
const waitSlide = (page: Page, no: number) => page.locator(`.slidev-page-${no}:visible`).first().waitFor({ timeout: 20_000 })

const waitText = (page: Page, text: string) => page.waitForFunction(t => document.body.innerText.includes(t), text, { timeout: 15_000 })

async function open(path: string): Promise<Page> {
  const page = watch.page(await context.newPage())
  await page.goto(`${server.url}${path}`)
  return page
}

beforeAll(async () => {
  browser = await connectBrowser()
  context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
})

// Each test answers for its own windows: nothing outside the site's origin, no failed request, no console error.
afterEach(() => {
  expect(watch.take()).toEqual(CLEAN)
})

afterAll(async () => {
  await browser?.close()
})

describe('static build under /talk/', () => {
  it('presenter and audience windows follow each other; a window opened later joins', async () => {
    const audience = await open('/1?lang=en')
    await waitSlide(audience, 1)
    const presenter = await open('/presenter/1')
    await presenter.locator('.slidev-page-1').first().waitFor({ timeout: 20_000 })
    await waitLang(presenter, 'en')

    await audience.bringToFront()
    await audience.keyboard.press('l')
    await waitLang(audience, 'zh-CN')
    await waitLang(presenter, 'zh-CN')
    await waitText(presenter, zh.deck.title)
    expect(new URL(audience.url()).pathname).toBe(`${BASE}1`)

    await presenter.bringToFront()
    await presenter.keyboard.press('l')
    await waitLang(presenter, 'en')
    await waitLang(audience, 'en')
    await waitText(audience, en.deck.title)
    expect(new URL(presenter.url()).pathname).toBe(`${BASE}presenter/1`)

    await audience.bringToFront()
    await audience.keyboard.press('l')
    await waitLang(presenter, 'zh-CN')
    const later = await open('/2')
    await waitSlide(later, 2)
    expect(await htmlLang(later)).toBe('zh-CN')
    await waitText(later, zh.slides.agenda.title)
    expect(new URL(later.url()).searchParams.get('lang')).toBe('zh')
    for (const page of [audience, presenter, later])
      await page.close()
  })

  it('the bilingual view is shared by the windows of one browser: B in the presenter, English beneath in the audience', async () => {
    /** Visible second-language text on slide `no` in `lang` (its `lang` attribute). */
    const alsoText = (page: Page, no: number, lang: string) => page.waitForFunction(([n, l]) => {
      const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
      return [...(slide?.querySelectorAll<HTMLElement>(`.deck-also[lang="${l}"]`) ?? [])].map(e => e.innerText.trim()).filter(Boolean).join(' | ')
    }, [no, lang] as const, { timeout: 15_000 }).then(h => h.jsonValue())
    const noAlso = (page: Page) => page.waitForFunction(() => ![...document.querySelectorAll<HTMLElement>('.deck-also')].some(e => e.getBoundingClientRect().height > 0), undefined, { timeout: 15_000 })

    const audience = await open('/2?lang=zh&also=')
    await waitSlide(audience, 2)
    const presenter = await open('/presenter/2?lang=zh')
    await presenter.locator('.slidev-page-2').first().waitFor({ timeout: 20_000 })
    await noAlso(audience)

    await presenter.bringToFront()
    await presenter.keyboard.press('b')
    await audience.bringToFront()
    expect(await alsoText(audience, 2, 'en')).toContain(en.slides.agenda.title)
    expect(await htmlLang(audience)).toBe('zh-CN')
    await audience.waitForFunction(() => new URL(location.href).searchParams.get('also') === 'en')

    // a window opened later joins the view
    const later = await open('/2')
    await waitSlide(later, 2)
    expect(await alsoText(later, 2, 'en')).toContain(en.slides.agenda.title)

    await presenter.bringToFront()
    await presenter.keyboard.press('b')
    await audience.bringToFront()
    await noAlso(audience)
    for (const page of [audience, presenter, later])
      await page.close()
  })

  it('a deep link /talk/3?lang=zh lands on slide 3 in Chinese and survives reload', async () => {
    const page = await open('/3?lang=en')
    await waitSlide(page, 3)
    await page.goto(`${server.url}/3?lang=zh`)
    await waitSlide(page, 3)
    await waitLang(page, 'zh-CN')
    expect(await page.title()).toBe(zh.deck.title)
    await page.reload()
    await waitSlide(page, 3)
    await waitLang(page, 'zh-CN')
    const url = new URL(page.url())
    expect(url.pathname).toBe(`${BASE}3`)
    expect(url.searchParams.get('lang')).toBe('zh')
    await page.close()
  })

  it('fonts load from the site itself, Chinese included', async () => {
    const page = await open('/1?lang=zh')
    await waitSlide(page, 1)
    await waitText(page, zh.deck.title)
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready
      return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('"', ''))
    })
    expect(loaded).toContain('Noto Sans SC')
    expect(loaded).toContain('Inter')
    await page.close()
  })

  it('offers every PDF from the nav bar: the current language\'s slides and handout first, then the bilingual slides and handout', async () => {
    const page = await open('/1?lang=en')
    await waitSlide(page, 1)
    const links = page.getByTestId('pdf-download')
    await links.first().waitFor({ state: 'attached' })
    const ids = () => links.evaluateAll(as => as.map(a => a.getAttribute('data-pdf')))
    expect(await ids()).toEqual(['en:slides', 'en:handout', 'zh:bilingual', 'zh:bilingual-handout', 'zh:slides', 'zh:handout'])
    expect(await links.first().getAttribute('href')).toBe(`${BASE}ai-energy-en.pdf`)
    expect(await links.first().getAttribute('title')).toBe(en.app.downloadPdf.replace('{{language}}', en.meta.nativeName))
    expect(await links.nth(1).getAttribute('title')).toBe(en.app.downloadHandout.replace('{{language}}', en.meta.nativeName))
    expect(await links.nth(2).innerText()).toBe(en.app.pdfLink.replace('{{language}}', `${zh.meta.nativeName} + ${en.meta.nativeName}`))
    expect(await links.nth(3).innerText()).toBe(en.app.handoutLink.replace('{{language}}', `${zh.meta.nativeName} + ${en.meta.nativeName}`))
    for (const { lang, kind } of allPdfs(['en', 'zh'])) {
      const res = await page.request.get(`${server.url}/${pdfName(lang, kind)}`)
      expect(res.status(), pdfName(lang, kind)).toBe(200)
      expect(await res.text()).toBe(readFileSync(join(site, pdfName(lang, kind)), 'utf8'))
      expect(await page.locator(`[data-pdf="${lang}:${kind}"]`).getAttribute('href')).toBe(`${BASE}${pdfName(lang, kind)}`)
    }
    await page.keyboard.press('l')
    await waitLang(page, 'zh-CN')
    await page.waitForFunction(() => document.querySelector('[data-testid="pdf-download"]')?.getAttribute('data-lang') === 'zh')
    expect(await ids()).toEqual(['zh:slides', 'zh:handout', 'zh:bilingual', 'zh:bilingual-handout', 'en:slides', 'en:handout'])
    expect(await links.first().getAttribute('title')).toBe(zh.app.downloadPdf.replace('{{language}}', zh.meta.nativeName))
    expect(await links.nth(1).innerText()).toBe(zh.app.handoutLink.replace('{{language}}', zh.meta.nativeName))
    await page.close()
  })
})
