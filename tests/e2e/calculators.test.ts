// The live calculators as the audience sees them: driven from the presenter window, in sync.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import zh from '../../locales/zh.json'
import { FIGURES } from '../../model'
import { CLEAN, WindowWatch } from '../../scripts/harness'
import { connectBrowser, devUrl, presenterPath, resetDeck, slideNo } from './shared'

const server = { url: '' }
let browser: Browser
let context: BrowserContext
let training = 0
const watch = new WindowWatch()
/** The visible copy of slide `no` (presenter view also renders the next slide). */
const slide = (page: Page, no: number) => page.locator(`.slidev-page-${no}:visible`).first()
const output = (page: Page, no: number, q: string) => slide(page, no).locator(`[data-output="${q}"]`)
const valueOf = async (page: Page, no: number, q: string) => Number(await output(page, no, q).getAttribute('data-value'))
/** The audience and presenter windows, loaded once and kept: each test starts them on the calculator. */
const windows: { audience?: Page, presenter?: Page } = {}

/**
 * The audience (or presenter) window on the training calculator, as the talk starts: the deck's state
 * reset (English, the article's values), the slide turned there inside the loaded window.
 */
async function open(which: 'audience' | 'presenter'): Promise<Page> {
  let page = windows[which]
  if (!page) {
    page = watch.page(await context.newPage())
    await page.goto(`${server.url}${which === 'presenter' ? presenterPath(training, 'lang=en') : `/${training}?lang=en`}`)
    windows[which] = page
  }
  else {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.evaluate(n => (window as any).__slidev__.nav.go(n), training)
  }
  await page.waitForFunction(() => document.documentElement.lang === 'en')
  await output(page, training, 'energyKwh').waitFor()
  await page.waitForFunction(([no, want]) => Number(document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-value')) === want, [training, FIGURES['gpt4.riseEnergy'].value] as const)
  return page
}

beforeAll(async () => {
  server.url = devUrl()
  browser = await connectBrowser()
  context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  training = slideNo('calcTraining')
})
// Every test starts from the talk's start: English, the article's values in every calculator.
beforeEach(() => resetDeck())
// Each test answers for its own windows: no request off localhost, no console error.
afterEach(() => {
  expect(watch.take()).toEqual(CLEAN)
})
afterAll(async () => {
  await browser?.close()
})

describe('calculators in sync', () => {
  it('typing in the presenter window changes the audience window\'s data-value', async () => {
    const audience = await open('audience')
    const presenter = await open('presenter')
    await output(audience, training, 'energyKwh').waitFor()
    expect(await valueOf(audience, training, 'energyKwh')).toBe(FIGURES['gpt4.riseEnergy'].value)

    const pue = slide(presenter, training).locator('input[name="pue"]')
    await pue.fill('1.2')
    await audience.waitForFunction(([no, want]) => Number(document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-value')) === want, [training, FIGURES['gpt4.riseEnergy'].value * 1.2] as const)
    expect(await slide(audience, training).locator('input[name="pue"]').inputValue()).toBe('1.2')

    // a value the model rejects stays on the presenter's screen, with its message; every other
    // window checks what it receives and keeps the last accepted value (state/validate.ts)
    await pue.fill('0.5')
    await presenter.waitForFunction(no => document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-stale') === 'true', training)
    await slide(presenter, training).locator('input[name="gridIntensity"]').fill('100')
    await audience.waitForFunction(no => (document.querySelector(`.slidev-page-${no} input[name="gridIntensity"]`) as HTMLInputElement | null)?.value === '100', training)
    expect(await slide(audience, training).locator('input[name="pue"]').inputValue()).toBe('1.2')
    expect(await output(audience, training, 'energyKwh').getAttribute('data-stale')).toBe('false')
    expect(await valueOf(audience, training, 'energyKwh')).toBeCloseTo(FIGURES['gpt4.riseEnergy'].value * 1.2)
    expect(await slide(audience, training).innerText()).not.toMatch(/NaN|Infinity|undefined/)

    // and the other way round: a preset clicked on the audience screen reaches the presenter
    await slide(audience, training).locator('[data-preset="gpt3"]').click()
    await presenter.waitForFunction(([no, want]) => Math.abs(Number(document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-value')) / want - 1) < 0.01, [training, FIGURES['gpt3.energy'].value] as const)
    await slide(presenter, training).locator('[data-preset="reset"]').click()
    await audience.waitForFunction(([no, want]) => Number(document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-value')) === want, [training, FIGURES['gpt4.riseEnergy'].value] as const)
  })

  it('switching language keeps the inputs and re-formats the outputs, in both windows', async () => {
    const audience = await open('audience')
    const presenter = await open('presenter')
    await slide(presenter, training).locator('input[name="days"]').fill('90')
    await audience.waitForFunction(no => document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.textContent === '43.88 GWh', training)
    await presenter.locator('body').click({ position: { x: 5, y: 5 } })
    await presenter.keyboard.press('l')
    await audience.waitForFunction(no => document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.textContent === '4388万千瓦时', training)
    expect(await slide(audience, training).locator('input[name="days"]').inputValue()).toBe('90')
    expect(await slide(audience, training).innerText()).toContain(zh.calc.out.householdsChina)
  })

  it('a change in each window at the same moment reaches the other one (no lost update)', async () => {
    const audience = await open('audience')
    const presenter = await open('presenter')
    await output(audience, training, 'energyKwh').waitFor()
    for (let round = 0; round < 5; round++) {
      const pue = String(1.1 + round / 10)
      // presenter types while the audience switches language, without waiting for each other
      await Promise.all([
        slide(presenter, training).locator('input[name="pue"]').fill(pue),
        audience.keyboard.press('l'),
      ])
      await audience.waitForFunction(([no, v]) => (document.querySelector(`.slidev-page-${no} input[name="pue"]`) as HTMLInputElement | null)?.value === v, [training, pue] as const)
      const lang = await audience.evaluate(() => document.documentElement.lang)
      await presenter.waitForFunction(l => document.documentElement.lang === l, lang)
    }
  })

  it('arrow keys in a field edit the field and do not turn the slide', async () => {
    const page = await open('audience')
    const days = slide(page, training).locator('input[name="days"]')
    await days.click()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Backspace')
    await page.keyboard.type('5')
    expect(new URL(page.url()).pathname).toBe(`/${training}`)
    expect(await days.inputValue()).toBe('105')
    // after a mouse click on a preset, the deck's keys work again at once
    await slide(page, training).locator('[data-preset="reset"]').click()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(u => u.pathname === `/${training + 1}`)
  })
})
