// A dev-server restart keeps the scenario: Vite reloads every window once its server is back, and
// each window whose address holds the scenario puts it back. On a dev server of its own (it is
// stopped and started again), with the run's shared Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { Served } from '../../scripts/harness'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FIGURES } from '../../model'
import { CLEAN, slideNoOf, startDevServer, WindowWatch } from '../../scripts/harness'
import { connectBrowser } from './shared'

const PORT = 3471
let server: Served
let browser: Browser
let context: BrowserContext
let training = 0
const watch = new WindowWatch()
const BASE_ENERGY = FIGURES['gpt4.riseEnergy'].value

async function open(path: string): Promise<Page> {
  const page = watch.page(await context.newPage())
  // a cold dev server compiles the deck on its first page
  await page.goto(`${server.url}${path}`, { timeout: 120_000 })
  await page.locator('.slidev-page:visible').first().waitFor({ timeout: 120_000 })
  return page
}

const slide = (page: Page, no = training) => page.locator(`.slidev-page-${no}:visible`).first()
const field = (page: Page, name: string) => slide(page).locator(`input[name="${name}"]`)
const energy = async (page: Page) => Number(await slide(page).locator('[data-output="energyKwh"]').getAttribute('data-value'))
function waitField(page: Page, name: string, value: string, timeout = 30_000) {
  return page.waitForFunction(
    ([no, n, v]) => (document.querySelector(`.slidev-page-${no} input[name="${n}"]`) as HTMLInputElement | null)?.value === v,
    [training, name, value] as const,
    { timeout },
  )
}
/** Wait until the address holds exactly these scenario parameters (and whatever else it holds). */
function waitScenario(page: Page, want: string) {
  return page.waitForFunction((w) => {
    const p = new URLSearchParams(location.search)
    const mine = new URLSearchParams([...p].filter(([k]) => /^(?:train|fleet|req)\./.test(k)))
    return mine.toString() === w
  }, want, { timeout: 30_000 })
}

beforeAll(async () => {
  server = await startDevServer(PORT)
  browser = await connectBrowser()
  context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  const probe = await open('/1')
  training = await slideNoOf(probe, 'calcTraining')
  await probe.close()
  expect(watch.take()).toEqual(CLEAN)
})
afterEach(() => {
  expect(watch.take()).toEqual(CLEAN)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('scenarios across a dev-server restart', () => {
  it('a dev-server restart keeps the scenario: the windows come back with it, and the server has it again', async () => {
    const presenter = await open(`/presenter/${training}?lang=zh`)
    const audience = await open(`/${training}?lang=zh`)
    await field(presenter, 'gpus').fill('50000')
    await waitScenario(audience, 'train.gpus=50000')

    const reloaded = audience.waitForEvent('load', { timeout: 120_000 })
    await server.close()
    server = await startDevServer(PORT)
    await reloaded // Vite reloads every window once its server is back
    // a cold server compiles the deck again: slow on a shared machine
    await waitField(audience, 'gpus', '50000', 150_000)
    await waitField(presenter, 'gpus', '50000', 150_000)
    expect(new URL(audience.url()).searchParams.get('lang')).toBe('zh')
    // while the server was away the windows could not load anything; nothing else went wrong
    const away = watch.take()
    expect(away.outside).toEqual([])
    expect(away.errors.filter(e => !/ERR_CONNECTION_REFUSED|Failed to fetch dynamically imported module|\[vite\] Failed to reload/.test(e))).toEqual([])

    // the server holds it again: a window opened with no scenario in its address gets it,
    // and does not push the article's values over it
    const late = await open(`/${training}`)
    await waitField(late, 'gpus', '50000', 90_000)
    await waitScenario(late, 'train.gpus=50000')
    expect(await field(audience, 'gpus').inputValue()).toBe('50000')
    expect(await energy(late)).toBeCloseTo(BASE_ENERGY * 2)
  }, 400_000)
})
