// Scenarios that travel: the calculators' inputs live in every window's address, a copied link
// restores them in a fresh browser, and bad parameters are ignored with a message, field by field.
// (A dev-server restart keeping them: restart.test.ts, on a server of its own.)
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { FIGURES } from '../../model'
import { CLEAN, WindowWatch } from '../../scripts/harness'
import { connectBrowser, devUrl, PagePool, presenterGoTo, presenterPath, resetDeck, slideNo, waitScenario } from './shared'

const server = { url: '' }
let browser: Browser
let training = 0
const watch = new WindowWatch()
/** This file's windows share one context (and its cache); `fresh` opens one in a new context, a browser of its own. */
let shared: BrowserContext
let pool: PagePool
const contexts: BrowserContext[] = []
const BASE_ENERGY = FIGURES['gpt4.riseEnergy'].value

async function open(path: string, { fresh = false } = {}): Promise<Page> {
  if (!fresh)
    return pool.open(server.url, path)
  const context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  contexts.push(context)
  const page = watch.page(await context.newPage())
  await page.goto(`${server.url}${path}`)
  await page.locator('.slidev-page:visible').first().waitFor()
  return page
}

const slide = (page: Page, no = training) => page.locator(`.slidev-page-${no}:visible`).first()
const field = (page: Page, name: string) => slide(page).locator(`input[name="${name}"]`)
const energy = async (page: Page) => Number(await slide(page).locator('[data-output="energyKwh"]').getAttribute('data-value'))
/** The address's query, as pairs (what the window would share). */
const query = (page: Page) => [...new URL(page.url()).searchParams]
function waitField(page: Page, name: string, value: string, timeout = 30_000) {
  return page.waitForFunction(
    ([no, n, v]) => (document.querySelector(`.slidev-page-${no} input[name="${n}"]`) as HTMLInputElement | null)?.value === v,
    [training, name, value] as const,
    { timeout },
  )
}
async function closeAll(): Promise<void> {
  for (const c of contexts.splice(0)) await c.close()
  await pool.release()
}

beforeAll(async () => {
  server.url = devUrl()
  browser = await connectBrowser()
  shared = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  await shared.grantPermissions(['clipboard-read', 'clipboard-write', 'screen-wake-lock'])
  pool = new PagePool(shared, p => watch.page(p))
  training = slideNo('calcTraining')
})
// Every test starts from the talk's start: English, the article's values in every calculator.
beforeEach(() => resetDeck())
afterEach(async () => {
  await closeAll()
  expect(watch.take()).toEqual(CLEAN)
})
afterAll(async () => {
  await browser?.close()
})

describe('scenarios in the address', () => {
  it('a scenario set in the presenter appears in the audience\'s address, without history entries, and travels by link', async () => {
    const audience = await open(`/${training}?lang=en`)
    const presenter = await open(presenterPath(training, 'lang=en'))
    await waitField(audience, 'gpus', '25000')
    const historyBefore = await audience.evaluate(() => history.length)
    const presenterHistory = await presenter.evaluate(() => history.length)

    await field(presenter, 'gpus').fill('50000')
    // typed key by key: one address per keystroke, no history entry for any
    await field(presenter, 'pue').fill('')
    await field(presenter, 'pue').pressSequentially('1.2', { delay: 30 })
    await waitScenario(audience, 'train.gpus=50000&train.pue=1.2')
    await waitScenario(presenter, 'train.gpus=50000&train.pue=1.2')
    expect(new URL(audience.url()).searchParams.get('lang')).toBe('en')
    expect(await audience.evaluate(() => history.length)).toBe(historyBefore)
    expect(await presenter.evaluate(() => history.length)).toBe(presenterHistory)
    expect(await energy(audience)).toBeCloseTo(BASE_ENERGY * 2 * 1.2)

    // the presenter's "copy link", in the nav bar (never on the slide): the audience's address of this slide, with the scenario
    expect(await slide(presenter).locator('[data-testid="copy-link"]').count()).toBe(0)
    await presenter.locator('[data-testid="copy-link"]').click()
    await presenter.locator('[data-testid="copy-link-status"]').getByText(en.calc.linkCopied).waitFor()
    const link = new URL(await presenter.evaluate(() => navigator.clipboard.readText()))
    expect(link.pathname).toBe(`/${training}`)
    expect([...link.searchParams]).toEqual([['lang', 'en'], ['train.gpus', '50000'], ['train.pue', '1.2']])

    // the link in a fresh browser: same inputs, same results
    const fresh = await open(`${link.pathname}${link.search}`, { fresh: true })
    await waitField(fresh, 'gpus', '50000')
    expect(await field(fresh, 'pue').inputValue()).toBe('1.2')
    expect(await energy(fresh)).toBe(await energy(audience))
    expect(await slide(fresh).locator('[data-output="emissionsKg"]').innerText()).toBe(await slide(audience).locator('[data-output="emissionsKg"]').innerText())

    await fresh.context().close()

    // slide navigation keeps the scenario in every address
    await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    // Slidev's windows on this machine report the slide they show, as viewers: the audience's report of
    // the slide it followed to reaches the server before the presenter turns again (a report still on its
    // way would land after that turn and send the presenter back, and the audience with it)
    const reported = audience.waitForResponse(r => r.url().endsWith('/@server-reactive/nav') && r.request().method() === 'POST')
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForURL(u => u.pathname === `/presenter/${training + 1}`)
    await audience.waitForFunction(no => location.pathname === `/${no}`, training + 1)
    await reported
    await waitScenario(audience, 'train.gpus=50000&train.pue=1.2')
    expect(new URL(audience.url()).searchParams.get('lang')).toBe('en')
    await presenterGoTo(presenter, training)
    await audience.waitForFunction(no => location.pathname === `/${no}`, training, { timeout: 60_000 })

    // reset: the article's values, and the parameters leave every address
    await slide(presenter).locator('[data-calculator="training"] [data-preset="reset"]').click()
    await waitScenario(audience, '')
    await waitField(audience, 'gpus', '25000')
    expect(query(audience).filter(([k]) => k !== 'clicks')).toEqual([['lang', 'en']])
  })

  it('bad or hostile parameters are ignored field by field, with the typed input\'s messages, and nothing else breaks', async () => {
    const hostile = new URLSearchParams([
      ['lang', 'en'],
      ['train.gpus', 'abc'],
      ['train.pue', '-1'],
      ['train.days', '1e400'],
      ['train.utilization', '0.5'],
      ['train.bogus', '1'],
      ['fleet.share', '<script>alert(1)</script>'],
      ['req.requestsPerDay', '9'.repeat(40)],
      ['clicks', 'x'],
    ])
    const page = await open(`/${training}?${hostile}`)
    const notice = slide(page).locator('[data-testid="scenario-notice"]')
    await notice.waitFor()
    const text = await notice.innerText()
    expect(text).toContain(`${en.calc.fields.gpus} — ${en.calc.errors.notANumber}`)
    expect(text).toContain(`${en.calc.fields.pue} — ${en.calc.errors.negative}`)
    expect(text).toContain(en.calc.fields.days)
    expect(text).not.toMatch(/calc\.|undefined|NaN|<script>/)
    // the good parameter applies, the bad ones keep the article's values
    await waitField(page, 'utilization', '0.5')
    expect(await field(page, 'gpus').inputValue()).toBe('25000')
    expect(await field(page, 'pue').inputValue()).toBe('1')
    expect(await energy(page)).toBeGreaterThan(0)
    // the address keeps the rest and now holds only what applies
    await waitScenario(page, 'train.utilization=0.5')
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en')

    // the same in Chinese, on another calculator
    const inference = slideNo('calcInference')
    const zhPage = await open(`/${inference}?lang=zh&fleet.share=2`)
    const zhNotice = slide(zhPage, inference).locator('[data-testid="scenario-notice"]')
    await zhNotice.waitFor()
    expect(await zhNotice.innerText()).toContain(zh.calc.fields.share)
    expect(await zhNotice.innerText()).toContain(zh.calc.errors.aboveOne.replace('{{limit}}', '1'))

    // reset: values and notice gone, parameters cleared
    await slide(page).locator('[data-calculator="training"] [data-preset="reset"]').click()
    await waitScenario(page, '')
    await notice.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.title)).not.toContain('<script>')
  })

  // (the article's values on paper, and `npm run export -- --scenario`, are read back from the PDFs in tests/export)
  it('a print window shows the scenario the export passes in its address, and changes nothing in the live session', async () => {
    // what `npm run export -- --scenario ...` does: the print page's address carries the scenario
    const live = await open(`/${training}?lang=en&train.gpus=60000`) // a live session with another scenario
    await waitField(live, 'gpus', '60000')
    const printed = await open('/print?print=true&lang=en&train.gpus=50000&train.pue=1.2')
    const sheet = printed.locator(`.slidev-page-${training}`).first()
    await sheet.locator('input[name="gpus"]').waitFor({ state: 'attached', timeout: 60_000 })
    expect(await sheet.locator('input[name="gpus"]').inputValue()).toBe('50000')
    expect(await sheet.locator('input[name="pue"]').inputValue()).toBe('1.2')
    expect(Number(await sheet.locator('[data-output="energyKwh"]').getAttribute('data-value'))).toBeCloseTo(BASE_ENERGY * 2 * 1.2)
    // and printing changes nothing in the live session
    expect(await field(live, 'gpus').inputValue()).toBe('60000')
    await slide(live).locator('[data-calculator="training"] [data-preset="reset"]').click()
    await waitScenario(live, '')
  })
})
