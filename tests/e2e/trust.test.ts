// Only the presenter drives the talk: the dev server runs with `--remote <password>`, the speaker's
// windows are on localhost, and a viewer joins from another origin (127.0.0.2 stands in for a
// phone on the venue's Wi-Fi). Slidev lets that viewer follow but not navigate; the deck's own
// state (language, calculators) must follow the same rule, and every window checks what it gets.
// The run's shared dev server runs with `--remote <password>` (tests/e2e/global-setup.ts).
import type { Browser, Page, WebSocketRoute } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { FIGURES } from '../../model'
import { recordErrors, recordOutsideRequests } from '../../scripts/harness'
import { connectBrowser, devUrl, PagePool, remotePassword, remoteUrl, resetDeck, slideNo } from './shared'

let PASSWORD = ''
let browser: Browser
let local = ''
let remote = ''
let training = 0
/**
 * One browser context per device, kept for the file: the presenting laptop (pages on localhost),
 * a phone in the audience (127.0.0.2), a stranger's laptop that tries the presenter view without the
 * password, and the speaker's second laptop that opens it with the password. Cookies, and so the
 * presenter's proof of the password, stay on their device, as they would in the hall.
 */
type Device = 'laptop' | 'phone' | 'stranger' | 'speaker'
const devices = new Map<Device, PagePool>()
/** Console errors and outside requests of every page (each recorder fills its own array later). */
const errorLogs: string[][] = []
const outsideLogs: string[][] = []
const pageErrors = new WeakMap<Page, string[]>()

async function device(name: Device): Promise<PagePool> {
  let pool = devices.get(name)
  if (!pool) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    outsideLogs.push(recordOutsideRequests(context))
    pool = new PagePool(context, (page) => {
      const log = recordErrors(page)
      errorLogs.push(log)
      pageErrors.set(page, log)
      return page
    })
    devices.set(name, pool)
  }
  return pool
}

async function newPage(on: Device, base: string, path: string, setup?: (p: Page) => Promise<void>): Promise<Page> {
  const page = await (await device(on)).blank()
  await setup?.(page)
  // generous: the first page of a cold dev server waits for Vite's dependency optimisation
  await page.goto(`${base}${path}`, { timeout: 90_000 })
  await page.locator('.slidev-page:visible').first().waitFor({ timeout: 90_000 })
  return page
}

const slide = (page: Page, no: number) => page.locator(`.slidev-page-${no}:visible`).first()
const field = (page: Page, name: string) => slide(page, training).locator(`input[name="${name}"]`)
const energy = async (page: Page) => Number(await slide(page, training).locator('[data-output="energyKwh"]').getAttribute('data-value'))
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
const waitLang = (page: Page, lang: string) => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 15_000 })
function waitField(page: Page, name: string, value: string) {
  return page.waitForFunction(
    ([no, n, v]) => (document.querySelector(`.slidev-page-${no} input[name="${n}"]`) as HTMLInputElement | null)?.value === v,
    [training, name, value] as const,
    { timeout: 15_000 },
  )
}
/** The deck's keys work once nothing has the focus. */
async function press(page: Page, key: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press(key)
}

/**
 * A barrier: a change made by a localhost window, seen by every window. Messages reach each window
 * in order, so anything the viewer had sent before would have arrived by then.
 */
async function roundTrip(from: Page, pages: Page[], value: string): Promise<void> {
  await field(from, 'days').fill(value)
  for (const p of pages)
    await waitField(p, 'days', value)
}

beforeAll(async () => {
  browser = await connectBrowser()
  PASSWORD = remotePassword()
  local = devUrl()
  remote = remoteUrl()
  training = slideNo('calcTraining')
})

// every test starts from the talk's start, whatever ran before it
beforeEach(() => resetDeck(local))

// each test answers for its own windows: no request off the test machine's addresses, no error logged
afterEach(async () => {
  await Promise.all([...devices.values()].map(d => d.release()))
  expect(outsideLogs.flatMap(log => log.splice(0))).toEqual([])
  expect(errorLogs.flatMap(log => log.splice(0))).toEqual([])
})

afterAll(async () => {
  await browser?.close()
})

describe('the deck state follows Slidev\'s trust rule (--remote with a password)', () => {
  it('a viewer on another origin reads in its own language, cannot edit, and returns to following', async () => {
    const presenter = await newPage('laptop', local, `/presenter/${training}?lang=en&password=${PASSWORD}`)
    const audience = await newPage('laptop', local, `/${training}?lang=en`)
    const viewer = await newPage('phone', remote, `/${training}`)
    await waitLang(viewer, 'en')
    const defaultEnergy = FIGURES['gpt4.riseEnergy'].value
    expect(await energy(viewer)).toBe(defaultEnergy)
    expect(await viewer.getByTestId('follow-speaker').count()).toBe(0)

    // L on the viewer: its own screen only, with the indicator in its language
    await press(viewer, 'l')
    await waitLang(viewer, 'zh-CN')
    const indicator = viewer.getByTestId('follow-speaker')
    await indicator.waitFor()
    expect((await indicator.textContent())?.trim()).toBe(`${zh.app.ownLanguage} · ${zh.app.followSpeaker}`)
    expect(new URL(viewer.url()).searchParams.get('lang')).toBe('zh')

    // its calculator fields are read-only; typing and a preset click change nothing anywhere
    expect(await field(viewer, 'pue').getAttribute('readonly')).not.toBeNull()
    const pueBefore = await field(viewer, 'pue').inputValue()
    await field(viewer, 'pue').click()
    await viewer.keyboard.type('9')
    await slide(viewer, training).locator('[data-preset="gpt3"]').dispatchEvent('click')
    expect(await field(viewer, 'pue').inputValue()).toBe(pueBefore)
    expect(await energy(viewer)).toBe(defaultEnergy)

    await roundTrip(audience, [presenter, viewer], '101')
    expect(await htmlLang(presenter)).toBe('en')
    expect(await htmlLang(audience)).toBe('en')
    expect(await field(presenter, 'pue').inputValue()).toBe(pueBefore)
    expect(await field(audience, 'pue').inputValue()).toBe(pueBefore)
    expect(await slide(presenter, training).locator('[data-preset="gpt3"]').getAttribute('aria-pressed')).toBe('false')
    expect(await slide(presenter, training).textContent()).toContain(en.calc.out.energy)
    // the viewer still shows the presenter's values, in its own language
    expect(await htmlLang(viewer)).toBe('zh-CN')
    await field(presenter, 'pue').fill('1.2')
    await waitField(viewer, 'pue', '1.2')
    await viewer.waitForFunction(([no, want]) => Number(document.querySelector(`.slidev-page-${no} [data-output="energyKwh"]`)?.getAttribute('data-value')) === want, [training, await energy(presenter)] as const)
    expect(await energy(viewer)).not.toBe(defaultEnergy)

    // one click: back to the speaker's language, indicator gone
    await indicator.click()
    await waitLang(viewer, 'en')
    expect(await viewer.getByTestId('follow-speaker').count()).toBe(0)

    // the presenter's L reaches everyone, the viewer included
    await press(presenter, 'l')
    await waitLang(audience, 'zh-CN')
    await waitLang(viewer, 'zh-CN')
    await press(presenter, 'l')
    await waitLang(audience, 'en')
    await waitLang(viewer, 'en')
    await slide(presenter, training).locator('[data-preset="reset"]').click()
    await waitField(viewer, 'pue', pueBefore)
  })

  it('the presenter view on another origin needs the password; with it, its L reaches everyone', async () => {
    const audience = await newPage('laptop', local, `/${training}?lang=en`)
    const daysBefore = await field(audience, 'days').inputValue()
    // no password: Slidev asks (the dialog is dismissed) and opens the audience view instead
    const noPassword = await newPage('stranger', remote, `/presenter/${training}?lang=en`)
    expect(new URL(noPassword.url()).pathname).toBe(`/${training}`)
    const wrong = await newPage('stranger', remote, `/presenter/${training}?lang=en&password=wrong`)
    expect(new URL(wrong.url()).pathname).toBe(`/${training}`)
    for (const page of [noPassword, wrong]) {
      await press(page, 'l')
      await waitLang(page, 'zh-CN')
      await page.getByTestId('follow-speaker').waitFor()
    }
    await roundTrip(audience, [noPassword, wrong], '102')
    expect(await htmlLang(audience)).toBe('en')

    // the dev server refuses a change sent by hand from that origin
    const status = await noPassword.evaluate(async () => (await fetch('/@server-reactive/deck', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ source: 'by-hand', patch: { lang: 'zh' }, timestamp: Date.now() }),
    })).status)
    expect(status).toBe(403)

    // with the password, the presenter view on that origin drives the talk
    const presenter = await newPage('speaker', remote, `/presenter/${training}?lang=en&password=${PASSWORD}`)
    expect(new URL(presenter.url()).pathname).toBe(`/presenter/${training}`)
    await press(presenter, 'l')
    await waitLang(audience, 'zh-CN')
    await field(presenter, 'days').fill('103')
    await waitField(audience, 'days', '103')
    await press(presenter, 'l')
    await waitLang(audience, 'en')
    await slide(presenter, training).locator('[data-preset="reset"]').click()
    await waitField(audience, 'days', daysBefore)
    // Chromium logs the refused request itself in that page's console: the one error expected
    const log = pageErrors.get(noPassword)!
    expect(log.filter(e => e.includes('403'))).toHaveLength(1)
    log.splice(0, log.length, ...log.filter(e => !e.includes('403')))
  })

  it('a hostile deck state sent straight over the websocket shows nothing and logs no error', async () => {
    let socket: WebSocketRoute | undefined
    const audience = await newPage('laptop', local, `/${training}?lang=en`, page => page.routeWebSocket(/./, (ws) => {
      ws.connectToServer()
      socket = ws
    }))
    await slide(audience, training).locator('[data-output="energyKwh"]').waitFor()
    const before = await slide(audience, training).locator('input').evaluateAll(els => els.map(e => (e as HTMLInputElement).value))
    const energyBefore = await energy(audience)
    expect(socket).toBeDefined()
    const send = (data: unknown) => socket!.send(typeof data === 'string' ? data : JSON.stringify({ type: 'custom', event: 'vue-server-ref', data }))
    const deck = (body: object) => ({ key: 'deck', source: 'hostile', timestamp: Date.now(), ...body })

    send(deck({ patch: { lang: 'xx' } }))
    send(deck({ patch: { lang: '<script>alert(1)</script>' } }))
    send(deck({ patch: { calc: { training: { preset: '<b>x</b>', timeBasis: 'hours', inputs: { pue: '<script>alert(1)</script>', days: 'NaN', gpus: '-5', utilization: null, serverPowerKw: 'Infinity' } } } } }))
    send(deck({ patch: { calc: { inference: { inputs: ['<img src=x onerror=alert(1)>'] }, requests: 'NaN' } } }))
    // oversized: refused as a whole, the valid value beside the huge array included
    send(deck({ patch: { junk: Array.from({ length: 200_000 }, (_, i) => i), calc: { training: { inputs: { pue: '1.3' } } } } }))
    send(deck({ data: { lang: 42, calc: '<script>alert(1)</script>', extra: { deep: { deeper: true } } } }))
    send('{"type":"custom","event":"vue-server-ref","data":{"key":"deck","source":"hostile","patch":{"__proto__":{"polluted":"yes"},"calc":{"__proto__":{"polluted":"yes"}}}}}')
    // and last, a valid change with an unknown key beside it: the change is taken, the key dropped
    send(deck({ patch: { lang: 'zh', unknownKey: '<script>alert(1)</script>' } }))
    await waitLang(audience, 'zh-CN')

    const text = await audience.locator('body').textContent()
    expect(text).not.toMatch(/<script|alert\(|<b>|<img|NaN|Infinity|undefined/)
    const after = await slide(audience, training).locator('input').evaluateAll(els => els.map(e => (e as HTMLInputElement).value))
    expect(after).toEqual(before)
    expect(await energy(audience)).toBe(energyBefore)
    expect(await slide(audience, training).locator('[data-output="energyKwh"]').getAttribute('data-stale')).toBe('false')
    expect(await audience.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined()
    // the other windows never saw any of it (it came from the "server" of this window only)
    const other = await newPage('laptop', local, `/${training}`)
    expect(await htmlLang(other)).toBe('en')
  })
})
