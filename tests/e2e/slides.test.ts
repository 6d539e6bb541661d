// Every slide of the talk, in both languages, in a real Chromium against the dev server.
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from './harness'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { SOURCES } from '../../model'
import { CLEAN, launchBrowser, shownSlideText, slideNoOf, slideTotal, startDevServer, waitSlide, WindowWatch } from './harness'

let server: Served
let browser: Browser
let page: Page
let total = 0
const watch = new WindowWatch()
const LOCALES = { en, zh } as const

/** The visible copy of slide `no`. */
const slide = (p: Page, no: number) => p.locator(`.slidev-page-${no}:visible`).first()

async function goto(no: number, lang: 'en' | 'zh'): Promise<string> {
  await page.goto(`${server.url}/${no}?lang=${lang}`)
  await waitSlide(page, no)
  return shownSlideText(page, no)
}

beforeAll(async () => {
  server = await startDevServer(3411)
  browser = await launchBrowser()
  const context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  page = watch.page(await context.newPage())
  await page.goto(`${server.url}/1?lang=en`)
  await waitSlide(page, 1)
  total = await slideTotal(page)
  expect(watch.take()).toEqual(CLEAN)
})

// Each test answers for what the page did during it: no request off localhost, no console error.
afterEach(() => {
  expect(watch.take()).toEqual(CLEAN)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the whole talk', () => {
  it('has the slides of every section', async () => {
    expect(total).toBeGreaterThanOrEqual(20)
    for (const key of ['forecasts', 'data', 'parameters', 'transformer', 'devries', 'carbon', 'datacentres', 'trainingEnergy', 'errors', 'summary', 'references'])
      expect(await slideNoOf(page, key), key).toBeGreaterThan(0)
  })

  for (const lang of ['en', 'zh'] as const) {
    it(`every slide in ${lang}: no raw key, no {{, no NaN; every figure has a source mark`, async () => {
      for (let no = 1; no <= total; no++) {
        const text = await goto(no, lang)
        const where = `slide ${no} (${lang})`
        expect(text, where).not.toMatch(/\{\{|\}\}|\$t\(|\b(?:slides|app|deck|meta|calc|refs|units|charts|articleQuotes)\.[a-z]\w*\.?\w/)
        expect(text, where).not.toMatch(/\bNaN\b|\bundefined\b|Infinity|\[object /)
        const unmarked = await slide(page, no).evaluate(el => [...el.querySelectorAll('.deck-fig')].filter(f => !f.querySelector('.deck-source')).map(f => f.textContent))
        expect(unmarked, where).toEqual([])
      }
    }, 300_000)
  }

  for (const [key, chart, axis] of [['trainingEnergy', 'training-energy', 'trainingEnergy'], ['datacentres', 'datacentres', 'datacentres']] as const) {
    it(`the ${chart} chart renders, labelled in the current language`, async () => {
      const no = await slideNoOf(page, key)
      for (const lang of ['en', 'zh'] as const) {
        await goto(no, lang)
        const root = slide(page, no).locator(`[data-chart="${chart}"]`)
        await root.waitFor()
        const text = await root.innerText()
        expect(text).toContain(LOCALES[lang].charts[axis].axis)
        expect(await root.locator('svg rect').count()).toBeGreaterThanOrEqual(4)
        expect(await root.locator('.deck-source').count()).toBeGreaterThan(0)
        const svgText = await root.locator('svg').textContent() ?? ''
        if (lang === 'zh') {
          expect(svgText).toMatch(/千瓦时|亿/)
          expect(svgText).not.toMatch(/[kMGT]Wh/)
        }
        else {
          expect(svgText).toMatch(/[MGT]Wh/)
          expect(svgText).not.toMatch(/千瓦时|亿/)
        }
        const box = await root.boundingBox()
        const slideBox = await slide(page, no).boundingBox()
        expect(box!.y + box!.height).toBeLessThanOrEqual(slideBox!.y + slideBox!.height + 1)
      }
    })
  }

  it('the references slides list every source once, numbered as the marks', async () => {
    const first = await slideNoOf(page, 'references')
    const entries: string[] = []
    for (let no = first; no <= total; no++) {
      await goto(no, 'en')
      const ids = await slide(page, no).locator('.deck-ref').evaluateAll(els => els.map(e => (e as HTMLElement).dataset.source!))
      if (!ids.length)
        break
      entries.push(...ids)
    }
    expect(entries.length).toBe(Object.keys(SOURCES).length)
    expect(new Set(entries).size).toBe(entries.length)
    expect(entries).toEqual(Object.keys(SOURCES))
  })

  it('clicking a source mark goes to the references slide', async () => {
    const refs = await slideNoOf(page, 'references')
    const no = await slideNoOf(page, 'devries')
    await goto(no, 'zh')
    await slide(page, no).locator('.deck-source a').first().click()
    await page.waitForURL(u => [`/${refs}`, '/references'].includes(new URL(u).pathname))
    await waitSlide(page, refs)
    expect(await shownSlideText(page, refs)).toContain(zh.slides.references.title)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
  })
})
