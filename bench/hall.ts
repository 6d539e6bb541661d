// The hall (`--only hall`): what a phone costs to join the talk from the laptop's hall bundle, how
// long the laptop takes to serve many phones joining at once, and how long a change of the speaker's
// takes to reach every phone's socket. Phones are simulated: one real Chromium at 390×844 for the
// join's cost; plain HTTP clients asking for what that Chromium asked for, and plain websockets, for
// the crowds, in a process of their own (bench/hall-clients.ts). Every figure is printed; nothing
// is asserted.
import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import type { ClientReply, ClientRequest } from './hall-ipc'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { devices } from 'playwright-chromium'
import { ROOT } from '../scripts/harness'
import { HALL_BASE, HALL_SOCKET_PATH } from '../state/hall-protocol'
import { onCleanup } from './proc'

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
  /** Failed requests by cause (an HTTP status, or the socket error's code). */
  failures: Record<string, number>
  /** CPU time the simulated phones' own process used meanwhile. */
  clientCpuMs: number
}

/**
 * The simulated phones' process (bench/hall-clients.ts): forked, so that its work (thousands of
 * connections, a thousand sockets) does not run on the event loop that times it.
 */
export class Phones {
  private readonly child: ChildProcess
  private waiting: ((m: ClientReply) => void) | undefined
  private readonly exited: Promise<string>

  constructor() {
    this.child = fork(fileURLToPath(new URL('./hall-clients.ts', import.meta.url)), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    onCleanup(() => this.stop())
    this.child.on('message', (m: ClientReply) => {
      const w = this.waiting
      this.waiting = undefined
      w?.(m)
    })
    this.exited = new Promise(resolve => this.child.once('exit', code => resolve(`the phones' process exited (${code})`)))
  }

  /** Sends a request and waits for the reply of `type` (an `error` reply, or the process ending, throws). */
  async ask<T extends ClientReply['type']>(req: ClientRequest, type: T): Promise<Extract<ClientReply, { type: T }>> {
    const replied = new Promise<ClientReply>((resolve) => {
      this.waiting = resolve
    })
    this.child.send(req)
    const m = await Promise.race([replied, this.exited.then(why => ({ type: 'error' as const, message: why }))])
    if (m.type === 'error')
      throw new Error(`the simulated phones: ${m.message}`)
    if (m.type !== type)
      throw new Error(`the simulated phones answered ${m.type}, not ${type}`)
    return m as Extract<ClientReply, { type: T }>
  }

  stop(): void {
    if (this.child.exitCode === null)
      this.child.kill()
  }
}

/**
 * `n` phones join at the same moment: each a plain HTTP client with its own connections (six, as a
 * browser opens to one host), asking for `paths` with `acceptEncoding`, bodies read but not decoded.
 */
export async function crowdJoins(phones: Phones, origin: string, paths: string[], n: number, acceptEncoding: string): Promise<Crowd> {
  const { type: _type, ...crowd } = await phones.ask({ type: 'crowd', origin, paths, n, acceptEncoding }, 'crowd')
  return crowd
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

/** What the dev server says of one fan-out when `DECK_HALL_TIMING=1` (server/hall.ts). */
export interface ServerFanOut { key: string, sockets: number, start: number, end: number, cpuMs: number }

/** The dev server's fan-out lines printed after `from` characters of its output. */
export function serverFanOuts(log: string, from: number): ServerFanOut[] {
  const found: ServerFanOut[] = []
  for (const m of log.slice(from).matchAll(/^hall-timing (\w+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)$/gm))
    found.push({ key: m[1]!, sockets: Number(m[2]), start: Number(m[3]), end: Number(m[4]), cpuMs: Number(m[5]) })
  return found
}

export interface FanOut {
  /** Every phone's delay of every change: from just before the presenter's POST to the phone's socket having it. */
  samples: number[]
  missed: number
  /** Per change: the POST until the server starts sending (Vite, server-ref, the guard, encoding). */
  intakeMs: number[]
  /** Per change: the server's loop handing the message to every socket, wall and CPU time. */
  sendLoopMs: number[]
  sendLoopCpuMs: number[]
  /** Per change: from the end of that loop to the last phone having it (kernel, and the phones' process reading N sockets). */
  afterServerMs: number[]
  /** Per change: CPU time of the phones' process. */
  clientCpuMs: number[]
}

/**
 * `n` phones on the hall's socket (in the phones' process); `changes` changes of the speaker (slide
 * and language in turn), each timed from just before the presenter's POST until each socket has the
 * new state, told by a marker string in the message. With the dev server's output (`serverLog`,
 * `DECK_HALL_TIMING=1`), the server's part is told apart from what comes after it.
 */
export async function fanOut(phones: Phones, origin: string, n: number, changes: number, pages: number, serverLog?: () => string): Promise<FanOut> {
  const wsUrl = `${origin.replace(/^http/, 'ws')}${HALL_SOCKET_PATH}`
  const out: FanOut = { samples: [], missed: 0, intakeMs: [], sendLoopMs: [], sendLoopCpuMs: [], afterServerMs: [], clientCpuMs: [] }
  const now = (): number => performance.timeOrigin + performance.now()
  try {
    await phones.ask({ type: 'connect', url: wsUrl, n }, 'connected')
    await new Promise(r => setTimeout(r, 500))
    for (let c = 0; c < changes; c++) {
      const page = 2 + (c % (pages - 1))
      const lang = c % 4 === 1 ? 'zh' : 'en'
      const slide = c % 2 === 0
      // a slide change is told by its own id, a language change by the language (they alternate)
      const id = `bench-${c}-${Math.random().toString(36).slice(2, 8)}`
      await phones.ask({ type: 'arm', marker: slide ? `"id":"${id}"` : `"lang":"${lang}"`, n }, 'armed')
      const logFrom = serverLog?.().length ?? 0
      const t0 = now()
      await (slide
        ? speakerChange(origin, 'nav', { page, clicks: 0, lastUpdate: { id, type: 'presenter', time: Date.now() } })
        : speakerChange(origin, 'deck', { lang }))
      // the phones' process answers once every socket has it, or after 10 s
      const { at: arrivals, clientCpuMs } = await phones.ask({ type: 'collect', timeoutMs: 10_000 }, 'arrivals')
      out.samples.push(...arrivals.map(t => t - t0))
      out.missed += n - arrivals.length
      out.clientCpuMs.push(clientCpuMs)
      const server = serverLog && serverFanOuts(serverLog(), logFrom).find(f => f.key === (slide ? 'nav' : 'deck'))
      if (server) {
        out.intakeMs.push(server.start - t0)
        out.sendLoopMs.push(server.end - server.start)
        out.sendLoopCpuMs.push(server.cpuMs)
        if (arrivals.length)
          out.afterServerMs.push(Math.max(...arrivals) - server.end)
      }
      await new Promise(r => setTimeout(r, 150))
    }
  }
  finally {
    await phones.ask({ type: 'close' }, 'closed')
  }
  return out
}

/** Where phones join on the dev server. */
export const hallAddress = (origin: string): string => `${origin}${HALL_BASE}`
