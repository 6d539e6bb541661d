import type { ChildProcess } from 'node:child_process'
// Test harness: a real Slidev dev server or a static server over dist/, and a system Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER_HELP } from '../../scripts/browser'

export const ROOT = new URL('../..', import.meta.url).pathname

export interface Served {
  url: string
  close: () => Promise<void>
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

/** `slidev` dev server on a port of loopback, with the given extra environment. */
export async function startDevServer(askedPort: number, env: Record<string, string> = {}): Promise<Served> {
  const port = askedPort + PORT_SHIFT
  const child = spawn(join(ROOT, 'node_modules/.bin/slidev'), ['--port', String(port), '--open=false'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let log = ''
  const append = (d: unknown) => {
    log += String(d)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const url = `http://localhost:${port}`
  try {
    await waitForHttp(`${url}/`, 60_000, child)
  }
  catch (e) {
    child.kill('SIGKILL')
    throw new Error(`${(e as Error).message}\n${log}`)
  }
  return {
    url,
    close: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      }
      catch {}
      await new Promise(r => setTimeout(r, 200))
    },
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
}

/** A static server over a built site (history routing: unknown paths get index.html), under `base`. */
export async function startStaticServer(dir: string, askedPort: number, base = '/'): Promise<Served> {
  const port = askedPort + PORT_SHIFT
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    let file = normalize(join(dir, path.slice(base.length)))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(r => server.listen(port, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, close: () => new Promise(r => server.close(() => r())) }
}

/** A headless system Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findBrowser()
  if (!executablePath)
    throw new Error(NO_BROWSER_HELP)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** Console errors and page errors of a page, pushed into `into` as they happen. */
export function recordErrors(page: Page, into: string[] = []): string[] {
  page.on('pageerror', e => into.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error')
      into.push(m.text())
  })
  return into
}

/**
 * What the windows of a test must never do: a request off loopback, a console or page error, a response
 * of 400 or more. Watch each context and page as it opens; `take()` in `afterEach` hands over what
 * happened since the last call, so each test answers for its own windows, alone or in a run.
 */
export class WindowWatch {
  readonly outside: string[] = []
  readonly errors: string[] = []
  readonly failed: string[] = []

  context(context: BrowserContext): BrowserContext {
    context.on('request', (req) => {
      const url = new URL(req.url())
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
        this.outside.push(req.url())
    })
    return context
  }

  page(page: Page): Page {
    recordErrors(page, this.errors)
    page.on('response', (res) => {
      if (res.status() >= 400)
        this.failed.push(`${res.status()} ${res.url()}`)
    })
    return page
  }

  /** Everything recorded since the last call (then forgotten). */
  take(): { outside: string[], errors: string[], failed: string[] } {
    return { outside: this.outside.splice(0), errors: this.errors.splice(0), failed: this.failed.splice(0) }
  }
}

/** What `WindowWatch.take()` must return after every test. */
export const CLEAN = { outside: [], errors: [], failed: [] } as const

/** Number of the slide whose frontmatter `key` is `key` (dev server: Slidev exposes its context). */
export async function slideNoOf(page: Page, key: string): Promise<number> {
  const no = await page.evaluate(k => (window as any).__slidev__.nav.slides.find((s: any) => s.meta.slide.frontmatter.key === k)?.no as number | undefined, key)
  if (!no)
    throw new Error(`no slide with key ${key}`)
  return no
}

/** Frontmatter `key` of slide `no` (dev server). */
export async function slideKeyOf(page: Page, no: number): Promise<string> {
  return page.evaluate(n => (window as any).__slidev__.nav.slides[n - 1].meta.slide.frontmatter.key as string, no)
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

/** Number of slides of the deck open in `page`. */
export function slideTotal(page: Page): Promise<number> {
  return page.evaluate(() => (window as any).__slidev__.nav.total as number)
}
