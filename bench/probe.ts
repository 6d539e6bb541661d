// In-page timing probe. Every time is `performance.timeOrigin + performance.now()`: one epoch (ms) shared
// by all pages of one browser, so a send in one window and an arrival in another can be subtracted.
//
// Sender side: a capture-phase listener stamps `sent` at the keydown (l, ArrowLeft/Right) or input event,
// then stamps the next 40 animation frames (`frames`). Receiver side: `arm(kind, want)` waits until the
// page shows the expected state (`hit`: <html lang>, location.pathname, or the data-value attributes or
// the text of the elements matching a selector changed),
// then keeps the time of the last DOM mutation that can be seen (`dom`: not inside a subtree hidden with
// `display: none`, such as the slides Slidev keeps mounted behind the current one), of the second
// animation frame after it (`painted`: the frame holding that mutation has been presented), and of the
// last mutation of any kind (`domAll`: hidden slides included). Everything is observed from outside:
// the deck has no hook for benchmarks.
import type { BrowserContext, Page } from 'playwright-chromium'

export type ArmKind = 'lang' | 'path' | 'value' | 'text'

export interface Probe {
  sent: number
  frames: number[]
  hit: number
  /** When <html lang> last changed (whatever is armed). */
  langAt: number
  /** Last mutation that can be seen (outside `display: none` subtrees). */
  dom: number
  /** Last mutation of any kind, hidden slides included. */
  domAll: number
  painted: number
  /** The last mutation seen after the hit, e.g. `childList DIV.slidev-page` (to explain outliers). */
  what: string
}

interface PageProbe extends Probe {
  arm: (kind: ArmKind, want: string) => void
  quietFor: () => number
}

/** Runs in the page (serialized by Playwright): installs `window.__bench`. */
function install(): void {
  const w = window as unknown as { __bench?: PageProbe }
  if (w.__bench)
    return
  const now = (): number => performance.timeOrigin + performance.now()
  let gen = 0
  let armed: { kind: ArmKind, want: string, before: string } | undefined
  // the data-value attributes (kind 'value') or the text (kind 'text') of every element matching a selector
  const values = (kind: ArmKind, selector: string): string => [...document.querySelectorAll(selector)]
    .map(e => (kind === 'value' ? e.getAttribute('data-value') : e.textContent))
    .join('\u0000')
  const matches = (): boolean => {
    if (!armed)
      return false
    if (armed.kind === 'lang')
      return document.documentElement.lang === armed.want
    if (armed.kind === 'path')
      return location.pathname === armed.want
    return values(armed.kind, armed.want) !== armed.before
  }
  const b: PageProbe = {
    sent: 0,
    frames: [],
    hit: 0,
    langAt: 0,
    dom: 0,
    domAll: 0,
    painted: 0,
    what: '',
    arm(kind, want) {
      armed = { kind, want, before: kind === 'value' || kind === 'text' ? values(kind, want) : '' }
      b.hit = b.dom = b.domAll = b.painted = 0
      b.what = ''
    },
    // quiet: nothing changed at all, hidden slides included (the next run starts from a still page)
    quietFor: () => (b.dom ? now() - Math.max(b.dom, b.domAll) : 0),
  }
  // inside a subtree hidden with an inline `display: none` (v-show); an element whose own display
  // changes (a slide shown or hidden) counts as seen
  const hidden = (r: MutationRecord): boolean => {
    let e: Element | null = r.type === 'attributes' ? r.target.parentElement : (r.target instanceof Element ? r.target : r.target.parentElement)
    for (; e; e = e.parentElement) {
      if ((e as HTMLElement).style?.display === 'none')
        return true
    }
    return false
  }
  const seen = (records?: MutationRecord[]): void => {
    if (!armed || (!records && armed.kind !== 'path')) // a URL change counts only when a URL is awaited
      return
    const t = now()
    if (!b.hit && matches())
      b.hit = t
    if (!b.hit)
      return
    b.domAll = t
    const visible = records?.filter(rec => !hidden(rec))
    if (visible && !visible.length)
      return
    b.dom = t
    b.painted = 0
    const r = visible?.at(-1)
    b.what = r ? `${r.type} ${r.target.nodeName}.${(r.target as Element).className ?? ''} ${r.attributeName ?? ''}`.trim() : 'url'
    const g = ++gen
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (g === gen)
        b.painted = now()
    }))
  }
  const send = (): void => {
    b.sent = now()
    b.frames = []
    const tick = (): void => {
      b.frames.push(now())
      if (b.frames.length < 40)
        requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  window.addEventListener('keydown', (e) => {
    if (['l', 'b', 'ArrowLeft', 'ArrowRight'].includes(e.key))
      send()
  }, true)
  window.addEventListener('input', send, true)
  // what the page shows: <html lang> and the body (not <head>: the tab title is not on the page)
  new MutationObserver((records) => {
    b.langAt = now()
    seen(records)
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
  new MutationObserver(seen).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
  // the router changes the URL without touching the DOM
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history)
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args)
      seen()
    }
  }
  w.__bench = b
}

/** Playwright serializes page functions as written; tsx (esbuild keepNames) inserts `__name(...)` calls into them. */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || (f => f)' })
}

/** Installs the probe in a loaded page (idempotent). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = globalThis.__name || (f => f)')
  await page.evaluate(install)
}

export async function arm(page: Page, kind: ArmKind, want: string): Promise<void> {
  await page.evaluate(([k, v]) => (window as unknown as { __bench: PageProbe }).__bench.arm(k as ArmKind, v), [kind, want] as const)
}

/** Waits until the armed state is shown and nothing has changed for `quietMs`; returns the probe's stamps. */
export async function settled(page: Page, quietMs = 250, timeout = 15_000): Promise<Probe> {
  try {
    await page.waitForFunction((q) => {
      const b = (window as unknown as { __bench: PageProbe }).__bench
      return b.hit > 0 && b.painted > 0 && b.quietFor() > q
    }, quietMs, { polling: 25, timeout })
  }
  catch (e) {
    // say what the page was waiting for, so a failed section can tell why
    const state = await page.evaluate(() => {
      const b = (window as unknown as { __bench: PageProbe }).__bench
      const now = performance.timeOrigin + performance.now()
      return { hit: b.hit ? `${Math.round(now - b.hit)} ms ago` : 'never', painted: b.painted > 0, quietMs: Math.round(b.quietFor()), sinceSent: b.sent ? Math.round(now - b.sent) : undefined, lastMutation: b.what, lang: document.documentElement.lang, path: location.pathname }
    }).catch(() => undefined)
    throw new Error(`${(e as Error).message.split('\n')[0]} (page ${page.url()}: ${JSON.stringify(state)})`)
  }
  return read(page)
}

export async function read(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const { sent, frames, hit, langAt, dom, domAll, painted, what } = (window as unknown as { __bench: PageProbe }).__bench
    return { sent, frames: [...frames], hit, langAt, dom, domAll, painted, what }
  })
}

/** 1-based index of the first frame after `t` among the sender's frames (the frame that presents a change made at `t`). */
export function frameOf(frames: number[], t: number): number {
  const i = frames.findIndex(f => f > t)
  return i < 0 ? Number.NaN : i + 1
}
