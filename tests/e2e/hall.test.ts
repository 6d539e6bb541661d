// Phones of the hall: the built bundle served by the run's shared dev server under /hall/, opened at
// 390×844 on another origin (127.0.0.2, as a phone on the venue's network), following a presenter
// on the laptop over the hall's socket. Builds the bundle once, into the folder the shared server
// watches (tests/e2e/global-setup.ts: hallDir), and empties it at the end so the other files see the
// dev server's audience view again.
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-chromium'
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { devices } from 'playwright-chromium'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { run } from '../../bench/proc'
import { recordErrors, ROOT } from '../../scripts/harness'
import { JOIN_PATH } from '../../state/join-address'
import { connectBrowser, devUrl, followsSpeaker, presenterGoTo, presenterPath, pressKey, remoteUrl, resetDeck, slideShown, waitHtmlLang } from './shared'

let browser: Browser
let laptop: BrowserContext
let phones: BrowserContext
let presenter: Page
const hallDir = (): string => inject('hallDir')

const waitLang = waitHtmlLang
const presenterGo = (no: number): Promise<void> => presenterGoTo(presenter, no)
const press = pressKey

beforeAll(async () => {
  // one build of the bundle for the hall (about 10 s on a quiet 2-core machine, 40–50 s under load)
  await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--hall', '--out', hallDir()])
  browser = await connectBrowser()
  const { defaultBrowserType: _webkit, ...iphone } = devices['iPhone 13']
  phones = await browser.newContext({ ...iphone, viewport: { width: 390, height: 844 }, locale: 'en-US' })
  laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  presenter = await laptop.newPage()
  await presenter.goto(`${devUrl()}${presenterPath(1, 'lang=en')}`, { timeout: 90_000 })
  await presenter.locator('.slidev-page-1').first().waitFor({ timeout: 90_000 })
}, 400_000)
beforeEach(async () => {
  await resetDeck()
  await presenterGo(1)
})
afterAll(async () => {
  await phones?.close()
  await laptop?.close()
  await browser?.close()
  for (const f of readdirSync(hallDir())) rmSync(join(hallDir(), f), { recursive: true, force: true })
})

describe('a phone of the hall (the built bundle, on another origin)', () => {
  it('the presenter view\'s join address is the hall\'s, never the password', async () => {
    const { url } = await (await fetch(`${devUrl()}${JOIN_PATH}`)).json() as { url: string | null }
    // null where the machine has no network address but loopback
    if (url !== null) {
      expect(new URL(url).pathname).toBe('/hall/')
      expect(url).not.toMatch(/password|presenter|\?/)
    }
  })

  it('follows the presenter\'s slide and L, and cannot write', { timeout: 240_000 }, async () => {
    const phone = await phones.newPage()
    const errors = recordErrors(phone)
    const requests: string[] = []
    phone.on('request', r => requests.push(new URL(r.url()).pathname))
    await presenterGo(3)
    await phone.goto(`${remoteUrl()}/hall/`, { timeout: 90_000 })
    // it joins on the speaker's slide, as the phone reader
    await slideShown(phone, 3)
    expect(await phone.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(true)
    await phone.getByTestId('reader-live').waitFor()
    // the built bundle, not the dev server's modules
    expect(requests.filter(p => !p.startsWith('/hall/'))).toEqual([])
    expect(requests.some(p => p.startsWith('/hall/assets/'))).toBe(true)

    await followsSpeaker(phone, presenter)

    // the phone's own language and moves stay on the phone
    await phone.getByTestId('reader-lang').tap()
    await waitLang(phone, 'zh-CN')
    await phone.getByTestId('reader-next').tap()
    await slideShown(phone, 6)
    // and what it could send by hand is refused or dropped
    const posted = await phone.evaluate(async () => (await fetch('/@server-reactive/deck', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { lang: 'zh', also: 'en', calc: {}, join: true }, timestamp: Date.now(), source: 'phone' }),
    })).status)
    expect(posted).toBe(403)
    await phone.evaluate(() => new Promise<void>((resolve) => {
      const ws = new WebSocket(`ws://${location.host}/hall/socket`)
      ws.onopen = () => {
        ws.send(JSON.stringify({ k: 'deck', v: { lang: 'zh', also: 'en', calc: {}, join: true } }))
        ws.send(JSON.stringify({ k: 'nav', v: { page: 9, clicks: 0, clicksTotal: 0, lastUpdate: { id: 'x', type: 'presenter', time: Date.now() } } }))
        setTimeout(() => {
          ws.close()
          resolve()
        }, 300)
      }
    }))
    await presenter.waitForTimeout(500)
    expect(await presenter.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(new URL(presenter.url()).pathname).toBe('/presenter/5')
    const other = await phones.newPage()
    await other.goto(`${remoteUrl()}/hall/`, { timeout: 90_000 })
    await slideShown(other, 5)
    expect(await other.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await other.evaluate(() => document.documentElement.classList.contains('deck-bilingual'))).toBe(false)
    // the refused POST above is the one error the console may show
    expect(errors.filter(e => !e.includes('status of 403'))).toEqual([])
    await Promise.all([phone.close(), other.close()])
  })

  it('catches up after its websocket is dropped and comes back', { timeout: 240_000 }, async () => {
    const phone = await phones.newPage()
    let blocked = false
    let current: WebSocketRoute | undefined
    let connections = 0
    await phone.routeWebSocket(/\/hall\/socket$/, (ws) => {
      connections++
      if (blocked) {
        ws.close({ code: 1001, reason: 'the venue\'s Wi-Fi is down' })
        return
      }
      current = ws
      ws.connectToServer()
    })
    await presenterGo(2)
    await phone.goto(`${remoteUrl()}/hall/`, { timeout: 90_000 })
    await slideShown(phone, 2)
    await phone.getByTestId('reader-live').waitFor()

    // the connection drops and stays down while the speaker goes on
    blocked = true
    await current!.close({ code: 1006 })
    // the bar says so: no "Live" while the phone cannot hear the speaker
    const offline = phone.getByTestId('reader-offline')
    await offline.waitFor({ timeout: 30_000 })
    expect(await offline.textContent()).toBe('Reconnecting…')
    expect(await phone.getByTestId('reader-live').count()).toBe(0)
    await expect.poll(() => connections, { timeout: 30_000 }).toBeGreaterThan(1) // it tries again, and fails
    await presenterGo(4)
    await press(presenter, 'l')
    await waitLang(presenter, 'zh-CN')
    await phone.waitForTimeout(1000)
    expect(await phone.locator('.slidev-page-4:visible').count()).toBe(0)
    expect(await phone.evaluate(() => document.documentElement.lang)).toBe('en')

    // back: its first messages are the speaker's states of now
    blocked = false
    await slideShown(phone, 4)
    await waitLang(phone, 'zh-CN')
    await phone.getByTestId('reader-live').waitFor({ timeout: 30_000 })
    expect(await phone.getByTestId('reader-offline').count()).toBe(0)
    // and it follows from then on
    await presenterGo(5)
    await slideShown(phone, 5)
    await phone.close()
  })
})
