import type { Buffer } from 'node:buffer'
// The hall (`--only hall`): what a phone costs to join the talk from the laptop's hall bundle, how
// long the laptop takes to serve many phones joining at once, and how long a change of the speaker's
// takes to reach every phone's socket. Phones are simulated: one real Chromium at 390×844 for the
// join's cost; plain HTTP clients asking for what that Chromium asked for, and plain websockets, for
// the crowds. Every figure is printed; nothing is asserted.
import type { Browser } from 'playwright-chromium'
import { Agent, request } from 'node:http'
import { devices } from 'playwright-chromium'
import { WebSocket } from 'ws'
import { HALL_BASE, HALL_SOCKET_PATH } from '../state/hall-protocol'

export interface JoinCost {
  /** HTTP requests, and the phone's one websocket. */
  requests: number
  websockets: number
  /** Bytes received: bodies as sent (compressed) plus response headers. */
  bytes: number
  fontBytes: number
  /** Requests made until the first slide was on screen. */
  requestsAtShown: number
  /** Paths (with query) asked for, in order, with the Accept-Encoding Chromium sent. */
  paths: string[]
  acceptEncoding: string
}

/**
 * One phone joins: a fresh Chromium context at 390×844 (touch, mobile, `locale`) opens the hall's
 * address; everything it asks for in its first 8 s after the slide is on screen (Slidev loads the
 * other slides 3 s after the first, the deck the other language when idle) is counted.
 */
export async function joinCost(browser: Browser, url: string, locale: string): Promise<JoinCost> {
  const { defaultBrowserType: _webkit, ...iphone } = devices['iPhone 13']
  const context = await browser.newContext({ ...iphone, viewport: { width: 390, height: 844 }, locale })
  const cost: JoinCost = { requests: 0, websockets: 0, bytes: 0, fontBytes: 0, requestsAtShown: 0, paths: [], acceptEncoding: 'gzip, deflate, br' }
  const sizes: Promise<void>[] = []
  try {
    const page = await context.newPage()
    page.on('websocket', () => cost.websockets++)
    page.on('request', (req) => {
      const u = new URL(req.url())
      cost.paths.push(u.pathname + u.search)
      const ae = req.headers()['accept-encoding']
      if (ae)
        cost.acceptEncoding = ae
    })
    page.on('requestfinished', (req) => {
      sizes.push(req.sizes().then((s) => {
        cost.bytes += s.responseBodySize + s.responseHeadersSize
        if (/\.woff2?$/.test(new URL(req.url()).pathname))
          cost.fontBytes += s.responseBodySize
      }))
    })
    await page.goto(url, { waitUntil: 'commit', timeout: 120_000 })
    await page.locator('.slidev-page:visible').first().waitFor({ timeout: 120_000 })
    cost.requestsAtShown = cost.paths.length
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(8000)
    await page.waitForLoadState('networkidle')
    await Promise.all(sizes)
    cost.requests = cost.paths.length
  }
  finally {
    await context.close()
  }
  return cost
}

export interface Crowd {
  /** From the first request to the last phone served. */
  wallMs: number
  /** Each phone's time to get everything. */
  perPhoneMs: number[]
  bytes: number
  failures: number
}

/**
 * `n` phones join at the same moment: each a plain HTTP client with its own connections (six, as a
 * browser opens to one host), asking for `paths` with `acceptEncoding`, bodies read but not decoded.
 */
export async function crowdJoins(origin: string, paths: string[], n: number, acceptEncoding: string): Promise<Crowd> {
  const url = new URL(origin)
  let bytes = 0
  let failures = 0
  const get = (agent: Agent, path: string): Promise<void> => new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      if ((res.statusCode ?? 0) >= 400)
        failures++
      res.on('data', (c: Buffer) => {
        bytes += c.length
      })
      res.on('end', resolve)
      res.on('error', () => {
        failures++
        resolve()
      })
    })
    req.on('error', () => {
      failures++
      resolve()
    })
    req.end()
  })
  async function phone(): Promise<number> {
    const agent = new Agent({ keepAlive: true, maxSockets: 6 })
    const started = performance.now()
    // the page first, then the rest six at a time
    await get(agent, paths[0]!)
    let next = 1
    await Promise.all(Array.from({ length: 6 }, async () => {
      while (next < paths.length)
        await get(agent, paths[next++]!)
    }))
    agent.destroy()
    return performance.now() - started
  }
  const started = performance.now()
  const perPhoneMs = await Promise.all(Array.from({ length: n }, phone))
  return { wallMs: performance.now() - started, perPhoneMs, bytes, failures }
}

/** The speaker's change as the presenter's window sends it: a POST to server-ref, from this machine. */
async function speakerChange(origin: string, key: 'nav' | 'deck', patch: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${origin}/@server-reactive/${key}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Origin': origin },
    body: JSON.stringify({ source: 'bench-presenter', patch, timestamp: Date.now() }),
  })
  if (!res.ok)
    throw new Error(`the speaker's change was refused: HTTP ${res.status}`)
}

/**
 * `n` phones on the hall's socket; `changes` changes of the speaker (slide and language in turn),
 * each timed from just before the presenter's POST until each socket has the new state. Returns
 * every phone's delay of every change (n × changes samples).
 */
export async function fanOut(origin: string, n: number, changes: number, pages: number): Promise<{ samples: number[], missed: number }> {
  const wsUrl = `${origin.replace(/^http/, 'ws')}${HALL_SOCKET_PATH}`
  const sockets: WebSocket[] = []
  let expect: { k: string, test: (v: Record<string, unknown>) => boolean, t0: number, got: Set<WebSocket> } | undefined
  const samples: number[] = []
  let missed = 0
  try {
    // join in batches, as a hall fills up
    for (let i = 0; i < n; i += 100) {
      await Promise.all(Array.from({ length: Math.min(100, n - i) }, () => new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(wsUrl, { perMessageDeflate: false })
        sockets.push(ws)
        ws.on('message', (data: Buffer) => {
          const e = expect
          if (!e || e.got.has(ws))
            return
          const m = JSON.parse(data.toString()) as { k: string, v: Record<string, unknown> }
          if (m.k === e.k && e.test(m.v)) {
            samples.push(performance.now() - e.t0)
            e.got.add(ws)
          }
        })
        ws.once('open', () => resolve())
        ws.once('error', reject)
      })))
    }
    await new Promise(r => setTimeout(r, 500))
    for (let c = 0; c < changes; c++) {
      const page = 2 + (c % (pages - 1))
      const lang = c % 4 === 1 ? 'zh' : 'en'
      const slide = c % 2 === 0
      const got = new Set<WebSocket>()
      const t0 = performance.now()
      expect = slide
        ? { k: 'nav', test: v => v.page === page, t0, got }
        : { k: 'deck', test: v => v.lang === lang, t0, got }
      await (slide
        ? speakerChange(origin, 'nav', { page, clicks: 0, lastUpdate: { id: 'bench-presenter', type: 'presenter', time: Date.now() } })
        : speakerChange(origin, 'deck', { lang }))
      const until = performance.now() + 10_000
      while (got.size < n && performance.now() < until)
        await new Promise(r => setTimeout(r, 5))
      missed += n - got.size
      expect = undefined
      await new Promise(r => setTimeout(r, 150))
    }
  }
  finally {
    for (const ws of sockets) ws.terminate()
  }
  return { samples, missed }
}

/** Where phones join on the dev server. */
export const hallAddress = (origin: string): string => `${origin}${HALL_BASE}`
