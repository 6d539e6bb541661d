// The bilingual view in one window, on the static site of the run (global-setup.ts): the second language
// beneath the leading one from the address, each language's own number format, the address kept, bad
// values ignored. The same code runs on the dev server, where `B` and `L` from the presenter reach every
// window (tests/e2e/bilingual.test.ts); every slide in both pairings is walked in stage.test.ts.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { goToSlide, slideTotal } from '../../scripts/harness'
import { waitAlso, waitNoAlso } from '../e2e/also'
import { SITE_BASE } from './global-setup'
import { siteWindows } from './windows'

const { url: site, open } = siteWindows()

const goTo = goToSlide

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const query = (page: Page) => new URL(page.url()).searchParams

/** The projector scale's floor: 1/40 of the 551 px slide height. */
const FLOOR_PX = 551 / 40

describe('bilingual view in one window', () => {
  it('?lang=zh&also=en: Chinese leads (<html lang>, tab title in both languages), English beneath in blocks of its own', async () => {
    const page = await open('/2?lang=zh&also=en')
    expect(await htmlLang(page)).toBe('zh-CN')
    expect(await page.title()).toBe(`${zh.deck.title} / ${en.deck.title}`)
    const blocks = await waitAlso(page, 2, 'en', 15_000)
    expect(blocks.length).toBeGreaterThan(0)
    for (const b of blocks) {
      expect(b.lang).toBe('en')
      expect(b.px).toBeGreaterThanOrEqual(FLOOR_PX - 0.01)
    }
    await goTo(page, 3)
    await page.waitForFunction(() => new URL(location.href).searchParams.get('also') === 'en') // kept on navigation
    expect(await htmlLang(page)).toBe('zh-CN')
  })

  it('numbers in each language\'s own format inside its own line', async () => {
    const page = await open('/1?lang=zh&also=en')
    const total = await slideTotal(page)
    // find a slide whose second-language block holds a figure, and compare the two formats
    let checked = 0
    for (let no = 1; no <= total && !checked; no++) {
      await goTo(page, no)
      await waitAlso(page, no, 'en', 3000)
      const pair = await page.evaluate((n) => {
        const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
        const t = [...(slide?.querySelectorAll<HTMLElement>('.deck-t') ?? [])].find(e => e.querySelector('.deck-also .deck-fig'))
        if (!t)
          return undefined
        const second = t.querySelector<HTMLElement>('.deck-also .deck-fig')!
        const id = second.dataset.figure
        const lead = [...t.querySelectorAll<HTMLElement>(`.deck-fig[data-figure="${id}"]`)].find(f => !f.closest('.deck-also'))
        return lead && { lead: lead.innerText, second: second.innerText, id }
      }, no)
      if (pair) {
        expect(pair.second).not.toBe(pair.lead)
        expect(pair.second).not.toMatch(/[\u4E00-\u9FFF]/) // no Chinese digits or units in the English line
        checked++
      }
    }
    expect(checked).toBe(1)
  }, 300_000)

  it('navigation keeps ?also= in the address', async () => {
    const page = await open('/1?lang=en&also=zh')
    expect((await waitAlso(page, 1, 'zh-CN')).length).toBeGreaterThan(0)
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(p => location.pathname === p, `${SITE_BASE}2`)
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(p => location.pathname === p, `${SITE_BASE}3`)
    expect(query(page).get('also')).toBe('zh')
    expect(query(page).get('lang')).toBe('en')
  })

  it('an unknown also= value, or one equal to lang, is ignored without error', async () => {
    const off = await open('/2?lang=en&also=') // an empty also= turns the view off
    await waitNoAlso(off)
    const page = off
    for (const path of ['/2?lang=en&also=xx', '/2?lang=en&also=<b>', '/2?lang=zh&also=zh']) {
      await page.goto(`${site}${path}`)
      await page.locator('.slidev-page:visible').first().waitFor()
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('also'))
      expect(await page.locator('.deck-also').count()).toBe(0)
    }
    // watch.take() in afterEach: no console error
  })
})
