// What a browser test file gets from the run's shared dev server and Chromium (global-setup.ts):
// the server's address, a connection to the browser, and a way to put the deck's shared state
// back to the talk's start, so that no test depends on what the one before it left.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { inject } from 'vitest'
import { defaultCalculatorsState } from '../../model/calculators'
import { grantingWakeLock } from '../../scripts/browser'

/** Address of the shared dev server. */
export const devUrl = (): string => inject('devUrl')

/**
 * The shared dev server runs as the presenter runs it for a hall, `--remote <password>`: listening on
 * every address, the presenter view behind Slidev's password guard. Only the trust tests need it,
 * but one server for every file costs one cold start instead of two.
 */
export const remotePassword = (): string => inject('remotePassword')

/**
 * `path` with the password Slidev's guard asks for on its speaker's routes (presenter, overview,
 * notes, print, export): without it the guard prompts, Playwright dismisses the prompt, and the
 * guard sends the window to the audience view instead.
 */
export function guardedPath(path: string, query = ''): string {
  return `${path}?${query ? `${query}&` : ''}password=${remotePassword()}`
}

/** Path of the presenter view of slide `no` (with the password). */
export function presenterPath(no: number | string, query = ''): string {
  return guardedPath(`/presenter/${no}`, query)
}

/** The shared server as a phone in the hall reaches it: another origin (127.0.0.2), not trusted. */
export const remoteUrl = (): string => devUrl().replace('localhost', '127.0.0.2')

/**
 * Number of the slide whose frontmatter `key` is `key`, as the deck the shared server serves has it (read
 * once by the warm-up), so a file needs no window only to find a slide.
 */
export function slideNo(key: string): number {
  const no = inject('slideNumbers')[key]
  if (!no)
    throw new Error(`no slide with key ${key}`)
  return no
}

/**
 * `setup` runs on every context `browser` makes, before the context is handed out; `browser.newPage()`
 * makes its context through `browser.newContext()`, so its window gets it too. Returns the same browser.
 */
function onEachContext(browser: Browser, setup: (context: BrowserContext) => unknown): Browser {
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => {
    const context = await newContext(options)
    await setup(context)
    return context
  }
  return browser
}

/**
 * Every window of `browser`'s contexts asks to save data (`navigator.connection.saveData`), as a phone's
 * data saver does: it fetches the slide on screen and its neighbours, and not, three seconds after it
 * opens, every other slide (setup/preload.ts). These windows are about the deck's shared state; fetching
 * ahead is checked where it is the subject (tests/site/slides.test.ts, tests/state/preload.test.ts), and
 * skipping it here spares ~0.8 core-s per window (≈40 core-s of the browser part, README → How long).
 */
function savingData(browser: Browser): Browser {
  return onEachContext(browser, context => context.addInitScript(() => {
    const info = (navigator as Navigator & { connection?: object }).connection
    if (info)
      Object.defineProperty(Object.getPrototypeOf(info), 'saveData', { configurable: true, get: () => true })
  }))
}

/** How often a window checks the condition of `page.waitForFunction` (ms). */
export const POLL_MS = 50

/**
 * Every window of `browser` checks the condition of `waitForFunction` every `POLL_MS` instead of on
 * every animation frame (Playwright's default, `polling: 'raf'`), unless a call says otherwise. A
 * frame-by-frame check makes the window draw ~60 frames a second for as long as it waits: measured,
 * ~0.09 core-s per second of waiting against ~0.02 at 100 ms, and the waits for another window (a
 * language, a value, a slide sent over the deck's socket) last seconds when the machine is busy. The
 * browser part alone: 225–252 → 211–213 core-s (README → How long). 50 ms is well inside what a test
 * waits for.
 */
function pollingEvery(ms: number, browser: Browser): Browser {
  return onEachContext(browser, (context) => {
    const newPage = context.newPage.bind(context)
    context.newPage = async () => {
      const page = await newPage()
      const wait = page.waitForFunction.bind(page)
      page.waitForFunction = ((fn: unknown, arg?: unknown, options?: object) => wait(fn as () => unknown, arg, { polling: ms, ...options })) as Page['waitForFunction']
      return page
    }
  })
}

/**
 * A connection to the part's shared Chromium (close it in `afterAll`: the browser itself stays up). Its
 * windows poll every `POLL_MS` (`pollingEvery`), and ask to save data (`savingData`) if the part says so:
 * the browser part's do.
 */
export async function connectBrowser(): Promise<Browser> {
  const browser = pollingEvery(POLL_MS, grantingWakeLock(await chromium.connect(inject('browserWs'))))
  return inject('saveData') ? savingData(browser) : browser
}

/**
 * The deck's shared state as the talk starts (English, or `lang`; no second language, the article's
 * values in every calculator), sent to the dev server as a window on this machine sends a change: every
 * open window follows, and a window opened later starts from it.
 */
export async function resetDeck(url = devUrl(), lang = 'en'): Promise<void> {
  const res = await fetch(`${url}/@server-reactive/deck`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Origin': url },
    body: JSON.stringify({ data: { lang, also: '', calc: defaultCalculatorsState(), join: false }, timestamp: Date.now(), source: 'tests' }),
  })
  if (!res.ok)
    throw new Error(`resetting the deck state: HTTP ${res.status}`)
}

/** A page of `context` at `path` of the server, once a slide is visible. */
export async function openPage(context: BrowserContext, url: string, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${url}${path}`)
  await page.locator('.slidev-page:visible').first().waitFor()
  return page
}

/** Wait until the address holds exactly these scenario parameters (and whatever else it holds). */
export function waitScenario(page: Page, want: string): Promise<unknown> {
  return page.waitForFunction((w) => {
    const p = new URLSearchParams(location.search)
    const mine = new URLSearchParams([...p].filter(([k]) => /^(?:train|fleet|req)\./.test(k)))
    return mine.toString() === w
  }, want, { timeout: 30_000 })
}

/**
 * Windows of one context, kept between tests: a released window goes to `about:blank` and is
 * handed out again, so a test's "new window" costs a page load from the context's cache, not a new
 * renderer. A window left on `about:blank` is disconnected from the deck: it neither sends nor receives.
 */
export class PagePool {
  private readonly idle: Page[] = []
  private readonly busy: Page[] = []

  constructor(private readonly context: BrowserContext, private readonly prepare: (page: Page) => Page = p => p) {}

  /** A window on `about:blank`, to prepare (routes…) before it loads anything. */
  async blank(): Promise<Page> {
    const page = this.idle.pop() ?? this.prepare(await this.context.newPage())
    this.busy.push(page)
    return page
  }

  /** A window at `url + path`, once a slide is visible. */
  async open(url: string, path: string, timeout?: number): Promise<Page> {
    const page = await this.blank()
    await page.goto(`${url}${path}`, { timeout })
    await page.locator('.slidev-page:visible').first().waitFor({ timeout })
    return page
  }

  /** Every window handed out goes back to `about:blank`, ready for the next test. */
  async release(): Promise<void> {
    const pages = this.busy.splice(0)
    await Promise.all(pages.map(async (p) => {
      await p.unrouteAll({ behavior: 'ignoreErrors' })
      await p.goto('about:blank')
    }))
    this.idle.push(...pages)
  }
}

/** Wait until slide `no` shows in `page` (a phone may take a while to follow on a loaded machine). */
export const slideShown = (page: Page, no: number): Promise<void> => page.locator(`.slidev-page-${no}:visible`).first().waitFor({ timeout: 60_000 })

/** Wait until `page`'s `<html lang>` is `lang`. */
export const waitHtmlLang = (page: Page, lang: string): Promise<unknown> => page.waitForFunction(l => document.documentElement.lang === l, lang, { timeout: 60_000 })

/** The presenter view turns to slide `no`, as the speaker's arrow key would. */
export async function presenterGoTo(presenter: Page, no: number): Promise<void> {
  await presenter.evaluate(n => (window as any).__slidev__.nav.go(n), no)
  await presenter.waitForURL(u => u.pathname === `/presenter/${no}`)
}

/** A key pressed on the deck itself (a focused button would keep it from Slidev). */
export async function pressKey(page: Page, key: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press(key)
}

/** The speaker turns to slide 5 and presses L twice: `reader` follows each (slide 5, Chinese, English again). */
export async function followsSpeaker(reader: Page, presenter: Page): Promise<void> {
  await presenterGoTo(presenter, 5)
  await slideShown(reader, 5)
  await pressKey(presenter, 'l')
  await waitHtmlLang(reader, 'zh-CN')
  await pressKey(presenter, 'l')
  await waitHtmlLang(reader, 'en')
}
