import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
// Test harness: a real Slidev dev server or a static server over dist/, and a system Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findBrowser, grantingWakeLock, NO_BROWSER_HELP } from './browser'
import { collectOutput, spawnSlidev, stopSlidev } from './slidev'
import { serveStatic } from './static-server'

export const ROOT = new URL('..', import.meta.url).pathname

export interface Served {
  url: string
  close: () => Promise<void>
  /** What the server printed so far (the dev server's; a static server prints nothing). */
  log?: () => string
}

async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child && child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode}`)
    try {
      const res = await fetch(url)
      if (res.ok)
        return
    }
    catch {}
    await new Promise(r => setTimeout(r, 200))
  }
  throw new Error(`server at ${url} not ready after ${timeoutMs} ms`)
}

/** Added to every port the tests ask for, so that several checkouts can run their browser tests at once. */
const PORT_SHIFT = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0
/** A port the tests ask for, shifted (`E2E_PORT_OFFSET`). */
export const shiftedPort = (asked: number): number => asked + PORT_SHIFT

/**
 * `slidev` dev server on a port of loopback, with the given extra environment and arguments
 * (`['--remote', password]` makes it listen on every address, 127.0.0.2 included).
 */
export async function startDevServer(askedPort: number, env: Record<string, string> = {}, args: string[] = []): Promise<Served> {
  const port = shiftedPort(askedPort)
  const child = spawnSlidev(['--port', String(port), '--open=false', ...args], { env })
  const log = collectOutput(child)
  const url = `http://localhost:${port}`
  try {
    await waitForHttp(`${url}/`, 60_000, child)
  }
  catch (e) {
    stopSlidev(child)
    throw new Error(`${(e as Error).message}\n${log()}`)
  }
  return {
    url,
    log,
    close: async () => {
      stopSlidev(child, 'SIGTERM')
      await new Promise(r => setTimeout(r, 200))
    },
  }
}

/** The shared static server (scripts/static-server.ts) over a built site, under `base`, on a shifted port. */
export async function startStaticServer(dir: string, askedPort: number, base = '/'): Promise<Served> {
  const { url, close } = await serveStatic(dir, { port: shiftedPort(askedPort), base })
  return { url, close }
}

/** A headless system Chromium; `env` is added to its environment (e.g. `FONTCONFIG_FILE`). */
export async function launchBrowser(env: Record<string, string> = {}): Promise<Browser> {
  const executablePath = findBrowser()
  if (!executablePath)
    throw new Error(NO_BROWSER_HELP)
  return grantingWakeLock(await chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } }))
}

/**
 * Console errors and page errors of a page, pushed into `into` as they happen. With `failed`, a load
 * answered with 400 or more goes there instead, as `<status> <address>`: Chromium reports each such load
 * on the console, with its address (so a test need not hear of every response to find them).
 */
export function recordErrors(page: Page, into: string[] = [], failed?: string[]): string[] {
  page.on('pageerror', e => into.push(e.message))
  page.on('console', (m) => {
    if (m.type() !== 'error')
      return
    const status = failed && /^Failed to load resource: the server responded with a status of (\d+)/.exec(m.text())?.[1]
    if (status)
      failed.push(`${status} ${m.location().url}`)
    else
      into.push(m.text())
  })
  return into
}

/**
 * What the windows of a test must never do: a request off loopback, a console or page error, a response
 * of 400 or more. Watch each context and page as it opens; `take()` in `afterEach` hands over what
 * happened since the last call, so each test answers for its own windows, alone or in a run.
 */
/** Is this address on the machine itself (any of 127.0.0.0/8, localhost, ::1)? */
export function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(url.hostname)
}

/**
 * A dead end for a test browser's requests off this machine: a proxy on loopback that closes every
 * connection it gets. A Chromium launched with `args` sends every request off this machine there (it never
 * proxies localhost, 127.0.0.0/8 or [::1], and `args` lets it reach the machine's own network addresses,
 * which a phone in the hall is given), and each such request fails at once: `recordOutsideRequests` sees
 * it as a failed request. The tests are told of failed requests only, not of the ~400 that load each
 * window: Playwright sends a test every request it listens for, and that traffic cost about 8% of a
 * window's CPU.
 */
async function startDeadEnd(): Promise<{ args: string[], close: () => Promise<void> }> {
  const server = createServer(socket => socket.destroy())
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const own = Object.values(networkInterfaces()).flat().filter(i => i && !i.internal).map(i => String(i!.family).endsWith('6') ? `[${i!.address.split('%')[0]}]` : i!.address)
  return {
    args: [`--proxy-server=http://127.0.0.1:${port}`, ...own.length ? [`--proxy-bypass-list=${own.join(';')}`] : []],
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

/**
 * Requests of a context that leave the machine (filled as they happen; keep the array). The context's
 * browser must be one of `launchTestBrowserServer()`'s: such a request then fails, and failed requests
 * are what this hears of (`checkDeadEnd` makes sure of it once per browser).
 */
export function recordOutsideRequests(context: BrowserContext, into: string[] = []): string[] {
  context.on('requestfailed', (req) => {
    const url = new URL(req.url())
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !isLoopback(url))
      into.push(req.url())
  })
  return into
}

/** Throws unless `browser` sends a request off this machine into a dead end, where `recordOutsideRequests` hears of it. */
async function checkDeadEnd(browser: Browser): Promise<void> {
  const context = await browser.newContext()
  try {
    const outside = recordOutsideRequests(context)
    const page = await context.newPage()
    const reached = await page.evaluate(() => fetch('http://outside.invalid/').then(() => true, () => false))
    const deadline = Date.now() + 10_000
    while (!outside.length && Date.now() < deadline)
      await new Promise(r => setTimeout(r, 50))
    if (reached || outside.join() !== 'http://outside.invalid/')
      throw new Error(`the test browser's requests off this machine do not end in startDeadEnd()'s proxy (reached: ${reached}, recorded: ${JSON.stringify(outside)})`)
  }
  finally {
    await context.close()
  }
}

/**
 * The Chromium a part's test files share (`chromium.launchServer`, files connect to `wsEndpoint`), walled
 * in: every request off this machine ends in `startDeadEnd()`'s proxy, checked once before it is handed
 * out. `close` stops both.
 */
export async function launchTestBrowserServer(executablePath: string): Promise<{ wsEndpoint: string, close: () => Promise<void> }> {
  const deadEnd = await startDeadEnd()
  const server = await chromium.launchServer({ executablePath, args: [...CHROMIUM_ARGS, ...deadEnd.args] }).catch(async (e: unknown) => {
    await deadEnd.close()
    throw e
  })
  const close = async (): Promise<void> => {
    await server.close()
    await deadEnd.close()
  }
  try {
    const browser = await chromium.connect(server.wsEndpoint())
    await checkDeadEnd(browser).finally(() => browser.close())
  }
  catch (e) {
    await close()
    throw e
  }
  return { wsEndpoint: server.wsEndpoint(), close }
}

export class WindowWatch {
  readonly outside: string[] = []
  readonly errors: string[] = []
  readonly failed: string[] = []

  context(context: BrowserContext): BrowserContext {
    recordOutsideRequests(context, this.outside)
    return context
  }

  /** A page's errors, and its loads answered with a status of 400 or more (`recordErrors`). */
  page(page: Page): Page {
    recordErrors(page, this.errors, this.failed)
    return page
  }

  /** Everything recorded since the last call (then forgotten). */
  take(): { outside: string[], errors: string[], failed: string[] } {
    return { outside: this.outside.splice(0), errors: this.errors.splice(0), failed: this.failed.splice(0) }
  }
}

/** What `WindowWatch.take()` must return after every test. */
export const CLEAN = { outside: [], errors: [], failed: [] } as const

/**
 * In a page of the deck, an expression for Slidev's navigation (`useNav()`): the dev server exposes it as
 * `window.__slidev__`; a static build does not, and there it is the Slidev context the app provides to
 * every component (`$$slidev-context`, @slidev/client's `injectionSlidevContext`).
 */
export const PAGE_NAV = `(window.__slidev__ ?? document.querySelector('#app').__vue_app__._context.provides['$$slidev-context']).nav`

/** Number of the slide whose frontmatter `key` is `key` (dev server or static build). */
export async function slideNoOf(page: Page, key: string): Promise<number> {
  const no = await page.evaluate(`${PAGE_NAV}.slides.find(s => s.meta.slide.frontmatter.key === ${JSON.stringify(key)})?.no`) as number | undefined
  if (!no)
    throw new Error(`no slide with key ${key}`)
  return no
}

/** Every slide's number by its frontmatter `key` (dev server or static build), read at once. */
export async function slideNumbersByKey(page: Page): Promise<Record<string, number>> {
  return page.evaluate(`Object.fromEntries(${PAGE_NAV}.slides.filter(s => s.meta.slide.frontmatter.key).map(s => [s.meta.slide.frontmatter.key, s.no]))`) as Promise<Record<string, number>>
}

/** Frontmatter `key` of slide `no` (dev server or static build). */
export async function slideKeyOf(page: Page, no: number): Promise<string> {
  return page.evaluate(`${PAGE_NAV}.slides[${Number(no) - 1}].meta.slide.frontmatter.key`) as Promise<string>
}

/** Wait until a slide (any, or number `no`) is visible; Slidev keeps hidden copies of nearby slides. */
export function waitSlide(page: Page, no?: number): Promise<void> {
  return page.locator(`.slidev-page${no ? `-${no}` : ''}:visible`).first().waitFor()
}

/** Text of slide `no` as shown (waits until it has rendered some text other than Slidev's loading message). */
export async function shownSlideText(page: Page, no: number): Promise<string> {
  const handle = await page.waitForFunction((n) => {
    const el = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
    const text = el?.innerText.trim()
    return text && !text.startsWith('Loading slide') ? text : false
  }, no, { timeout: 20_000 })
  return String(await handle.jsonValue())
}

/** Number of slides of the deck open in `page` (dev server or static build). */
export function slideTotal(page: Page): Promise<number> {
  return page.evaluate(`${PAGE_NAV}.total`) as Promise<number>
}

/** Turn to slide `no` inside the loaded deck (Slidev's own navigation, as a key would), no reload. */
export async function goToSlide(page: Page, no: number): Promise<void> {
  await page.evaluate(`${PAGE_NAV}.go(${Number(no)})`)
  await page.locator(`.slidev-page-${no}:visible`).first().waitFor()
}
