// A dev-server restart keeps the scenario: the presenter stops the server and starts it again in the
// middle of the talk, and every window comes back with the calculators' values it had. The run's shared
// server is the one restarted (tests/e2e/global-setup.ts, `restartUrl`), so this file runs last
// (vitest.config.ts: RestartLast): the files after a restart would find a cold server.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FIGURES } from '../../model'
import { goToSlide, recordErrors, recordOutsideRequests, slideNoOf } from '../../scripts/harness'
import { connectBrowser, devUrl, openPage, presenterPath, resetDeck, waitScenario } from './shared'

let browser: Browser
let context: BrowserContext
let outside: string[] = []
const errors = new Map<Page, string[]>()

beforeAll(async () => {
  await resetDeck()
  browser = await connectBrowser()
  context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  outside = recordOutsideRequests(context)
  context.on('page', page => errors.set(page, recordErrors(page)))
})

afterAll(async () => {
  await browser?.close()
})

function gpus(page: Page, no: number, value: string) {
  return page.waitForFunction(
    ([n, v]) => (document.querySelector(`.slidev-page-${n} input[name="gpus"]`) as HTMLInputElement | null)?.value === v,
    [no, value] as const,
    // the restarted server is cold: it compiles the deck again before the windows show it
    { timeout: 150_000 },
  )
}

describe('a dev-server restart keeps the scenario', () => {
  it('the windows come back with the scenario, and the server has it again', async () => {
    const url = devUrl()
    const audience = await openPage(context, url, '/1?lang=zh')
    const training = await slideNoOf(audience, 'calcTraining')
    await goToSlide(audience, training)
    const presenter = await openPage(context, url, presenterPath(training, 'lang=zh'))
    await presenter.locator(`.slidev-page-${training}:visible input[name="gpus"]`).first().fill('50000')
    await waitScenario(audience, 'train.gpus=50000')

    // Vite reloads every window once its server is back
    const reloaded = audience.waitForEvent('load', { timeout: 150_000 })
    const res = await fetch(inject('restartUrl'), { method: 'POST' })
    expect(res.status, await res.text()).toBe(200)
    await reloaded
    await gpus(audience, training, '50000')
    await gpus(presenter, training, '50000')
    expect(new URL(audience.url()).searchParams.get('lang')).toBe('zh')

    // the server holds it again: a window opened with no scenario in its address gets it,
    // and does not push the article's values over it
    const late = await openPage(context, url, `/${training}`)
    await gpus(late, training, '50000')
    await waitScenario(late, 'train.gpus=50000')
    expect(await audience.locator(`.slidev-page-${training}:visible input[name="gpus"]`).first().inputValue()).toBe('50000')
    const energy = Number(await late.locator(`.slidev-page-${training}:visible [data-output="energyKwh"]`).first().getAttribute('data-value'))
    expect(energy).toBeCloseTo(FIGURES['gpt4.riseEnergy'].value * 2)

    // while the server was away the windows could not load anything (refused, or reset as it closed under a
    // request in flight), and as they came back Vite's client could try its socket before it was connected
    // (SendBeforeConnectError); nothing else went wrong
    const outage = /ERR_CONNECTION_(?:REFUSED|RESET)|Failed to fetch dynamically imported module|\[vite\] Failed to reload|\[vite\] SendBeforeConnectError/
    expect([...errors.values()].flat().filter(e => !outage.test(e))).toEqual([])
    expect(outside).toEqual([])
    // the next run of this file (or of any file after it) starts from the talk's start again
    await resetDeck()
  }, 400_000)
})
