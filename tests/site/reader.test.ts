// A listener's phone at 390×844 (touch, mobile) on the static site of the run (global-setup.ts): the
// phone reader, the same layout the dev server's audience view takes on a phone (setup/reader.ts). One
// page per language walks every slide in place: text at reading size, nothing leaving the screen
// sideways; charts and tables as lists; the 16:9 canvas again in landscape. Phones following the
// speaker, in the hall, are tests/e2e/phone.test.ts and hall.test.ts.
import type { Browser, Page } from 'playwright-chromium'
import { devices } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { goToSlide, recordErrors, slideNoOf, slideTotal } from '../../scripts/harness'
import { connectBrowser } from '../e2e/shared'

/** Reading size on a phone: every text of a slide (source marks aside) at 16 CSS px or more. */
const MIN_PX = 16

let browser: Browser
const site = inject('siteUrl')

beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Runs in the page: the visible text of slide `no` below `min` px, and what leaves the screen sideways. */
function measureReader([no, min]: [number, number]): { small: string[], outside: string[], texts: number } {
  const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${no}`)].find(e => e.getBoundingClientRect().width > 0)!
  const small: string[] = []
  const outside: string[] = []
  let texts = 0
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement!
    const text = node.textContent!.trim()
    if (!text || el.closest('.deck-source') || !el.checkVisibility({ visibilityProperty: true }))
      continue
    const rect = el.getBoundingClientRect()
    if (!rect.width)
      continue
    texts++
    const px = Number.parseFloat(getComputedStyle(el).fontSize)
    if (px < min)
      small.push(`${px}px "${text.slice(0, 40)}"`)
    if (rect.left < -1 || rect.right > window.innerWidth + 1)
      outside.push(`"${text.slice(0, 40)}" ${Math.round(rect.left)}..${Math.round(rect.right)}`)
  }
  return { small, outside, texts }
}

describe('the phone reader on a 390×844 phone', () => {
  let page: Page
  let errors: string[] = []

  beforeAll(async () => {
    // an iPhone-sized screen held upright, in Chromium: 390×844 CSS px, touch, mobile viewport
    const { defaultBrowserType: _webkit, ...iphone } = devices['iPhone 13']
    page = await (await browser.newContext({ ...iphone, viewport: { width: 390, height: 844 }, locale: 'en-US' })).newPage()
    errors = recordErrors(page)
  })

  it.each(['en', 'zh'])('every slide in %s: text at 16 CSS px or more, nothing off the screen, no Slidev chrome', async (lang) => {
    await page.goto(`${site}/1?lang=${lang}&also=`)
    await page.locator('.slidev-page-1:visible').first().waitFor()
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(true)
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en')
    // the canvas is not scaled: the slide is as wide as the phone
    const width = await page.locator('#slide-content').evaluate(e => e.getBoundingClientRect().width)
    expect(width).toBe(390)
    // Slidev's nav bar is gone; the reader's counter and language control are there
    expect(await page.locator('#slide-container .slidev-nav, #slide-container nav').filter({ visible: true }).count()).toBe(0)
    await page.getByTestId('reader-counter').waitFor()
    await page.getByTestId('reader-lang').waitFor()

    const total = await slideTotal(page)
    const failures: string[] = []
    for (let no = 1; no <= total; no++) {
      await goToSlide(page, no)
      await page.waitForFunction(n => !document.querySelector(`.slidev-page-${n}`)?.textContent?.includes('Loading slide'), no)
      expect((await page.getByTestId('reader-counter').textContent())?.trim()).toBe(`${no} / ${total}`)
      const m = await page.evaluate(measureReader, [no, MIN_PX] as [number, number])
      expect(m.texts, `slide ${no} shows text`).toBeGreaterThan(0)
      if (m.small.length || m.outside.length)
        failures.push(`slide ${no}: ${[...m.small, ...m.outside.map(o => `outside ${o}`)].join('; ')}`)
    }
    expect(failures).toEqual([])
    expect(errors.splice(0)).toEqual([])
  })

  it('a chart is a list of its values, a table a list of rows', async () => {
    await page.goto(`${site}/1?lang=en&also=`)
    await page.locator('.slidev-page-1:visible').first().waitFor()
    const chart = await slideNoOf(page, 'trainingEnergy')
    await goToSlide(page, chart)
    const slide = page.locator(`.slidev-page-${chart}`)
    expect(await slide.locator('.deck-chart svg').first().isVisible()).toBe(false)
    const items = slide.getByTestId('chart-values').locator('li')
    expect(await items.count()).toBeGreaterThan(3)
    expect(await items.first().isVisible()).toBe(true)
    const table = await slideNoOf(page, 'errorsWrong')
    await goToSlide(page, table)
    const cells = page.locator(`.slidev-page-${table} td`)
    // the cells of a row one under the other, at the phone's width
    const [a, b] = await Promise.all([cells.nth(0).boundingBox(), cells.nth(1).boundingBox()])
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1)
    expect(a!.width).toBeGreaterThan(300)
  })

  it('in landscape, or on a tablet, the slide is the 16:9 canvas as it is', async () => {
    await page.setViewportSize({ width: 844, height: 390 })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(false)
    expect(await page.getByTestId('reader-counter').count()).toBe(0)
    const box = await page.locator('#slide-content').boundingBox()
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1)
    await page.setViewportSize({ width: 390, height: 844 })
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(true)
  })

  afterAll(async () => {
    await page?.context().close()
  })
})
