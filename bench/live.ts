// Figures measured in a running deck: the language key, presenter → audience sync, the calculators, the soak.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { Probe } from './probe'
import type { Row } from './stats'
import { recordErrors } from '../scripts/harness'
import { arm, frameOf, installProbe, prepareContext, read, settled } from './probe'
import { median, p95 } from './stats'

/** Pages of one deck; `shared` puts every page in one browser context (static build: BroadcastChannel/localStorage). */
export class Windows {
  private pageErrors: string[][] = []
  private contexts: BrowserContext[] = []
  private shared?: BrowserContext
  constructor(private browser: Browser, readonly url: string, private oneContext: boolean) {}

  async open(path: string): Promise<Page> {
    let context = this.oneContext ? this.shared : undefined
    if (!context) {
      context = await this.browser.newContext({ viewport: { width: 1280, height: 720 } })
      await prepareContext(context)
      this.contexts.push(context)
      if (this.oneContext)
        this.shared = context
    }
    const page = await context.newPage()
    page.setDefaultTimeout(90_000) // a cold dev server on a busy machine compiles slowly
    this.pageErrors.push(recordErrors(page))
    await page.goto(`${this.url}${path}`)
    await page.locator('.slidev-page:visible').first().waitFor()
    await installProbe(page)
    return page
  }

  /** Console and page errors of every page opened so far. */
  allErrors(): string[] { return this.pageErrors.flat() }

  async close(): Promise<void> {
    for (const c of this.contexts.splice(0)) await c.close().catch(() => {})
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

export interface Heaviest {
  no: number
  key: string
  elements: number
  chars: number
  /** The heaviest slide that shows both languages in the bilingual view (not `class: deck-mono`). */
  bilingualNo: number
  bilingualKey: string
}

/**
 * The slide with the most elements, counted in Slidev's overview, which renders every slide at once
 * (on the dev server this also compiles every slide, so later figures do not include compiling).
 */
export async function heaviestSlide(win: Windows): Promise<Heaviest> {
  const page = await win.open('/overview?lang=en')
  const count = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.slidev-page')].map(e => ({
    no: Number(/slidev-page-(\d+)/.exec(e.className)?.[1]),
    elements: e.querySelectorAll('*').length,
    chars: e.innerText.length,
    mono: !!e.querySelector('.deck-mono'),
  })))
  // slides arrive one by one: wait until the total holds for 2 s (at most 90 s)
  let slides = await count()
  const sum = () => slides.reduce((a, s) => a + s.elements, 0)
  for (let last = -1, since = Date.now(), start = Date.now(); Date.now() - start < 90_000; await sleep(250)) {
    slides = await count()
    if (sum() !== last) {
      last = sum()
      since = Date.now()
    }
    else if (Date.now() - since > 2000 && sum() > slides.length * 5) {
      break
    }
  }
  const heaviest = (list: typeof slides) => list.reduce((a, b) => (b.elements > a.elements ? b : a))
  const best = heaviest(slides)
  const bi = heaviest(slides.filter(x => !x.mono))
  // the slide's frontmatter key, to name it (Slidev exposes its context on the dev server only)
  const keyOf = (no: number) => page.evaluate(n => String((window as any).__slidev__?.nav.slides[n - 1].meta.slide.frontmatter.key ?? ''), no)
  const result = { no: best.no, elements: best.elements, chars: best.chars, key: await keyOf(best.no), bilingualNo: bi.no, bilingualKey: await keyOf(bi.no) }
  await page.close()
  return result
}

/** A slide turn and back (ArrowRight to `no + 1`, ArrowLeft to `no`), each done when the URL has changed. */
async function turnAndBack(page: Page, no: number): Promise<Probe[]> {
  const turns: Probe[] = []
  for (const [key, target] of [['ArrowRight', no + 1], ['ArrowLeft', no]] as const) {
    await arm(page, 'path', `/${target}`)
    await page.keyboard.press(key)
    turns.push(await settled(page))
  }
  return turns
}

/**
 * 1. In one window, on slide `no`, side by side: `l` (until the slide's text has changed) and turning a
 * slide (ArrowRight to `no + 1` and ArrowLeft back, until the URL has changed), each timed from the key
 * to the last DOM change that can be seen (hidden slides catching up later are timed apart) and to painted.
 */
export async function langSwitch(win: Windows, no: number, runs: number): Promise<Row[]> {
  const page = await win.open(`/${no}?lang=en`)
  await sleep(4000) // Slidev mounts every slide 3 s after load: measure that steady state, as during a talk
  const lang = { dom: [] as number[], painted: [] as number[], hidden: [] as number[] }
  const turn = { dom: [] as number[], painted: [] as number[] }
  const last = new Map<string, number>() // which mutation came last, to explain the figure
  for (let i = -2; i < runs; i++) { // two warm-up rounds
    await arm(page, 'text', `.slidev-page-${no}`) // done when the slide's text has changed and the page is quiet
    await page.keyboard.press('l')
    const p = await settled(page)
    const turns = await turnAndBack(page, no)
    if (i < 0)
      continue
    last.set(p.what, (last.get(p.what) ?? 0) + 1)
    lang.dom.push(p.dom - p.sent)
    lang.painted.push(p.painted - p.sent)
    lang.hidden.push(Math.max(p.domAll, p.dom) - p.sent)
    for (const t of turns) {
      turn.dom.push(t.dom - t.sent)
      turn.painted.push(t.painted - t.sent)
    }
  }
  await page.close()
  console.log(`bench: lang: last visible mutation of a switch: ${[...last].map(([what, k]) => `${k}× ${what}`).join('; ')}`)
  const ratio = median(lang.dom) / median(turn.dom)
  const ratioPainted = median(lang.painted) / median(turn.painted)
  return [
    { section: 'lang', name: '`l` key → last DOM change on screen', unit: 'ms', samples: lang.dom, goal: 'p95 ≤ 16 ms (idle machine)', met: p95(lang.dom) <= 16 },
    { section: 'lang', name: 'slide turn (→/←) key → last DOM change on screen', unit: 'ms', samples: turn.dom },
    { section: 'lang', name: 'ratio switch/turn, last DOM change (medians)', unit: '×', samples: [ratio], goal: '≤ 0.5', met: ratio <= 0.5 },
    { section: 'lang', name: '`l` key → painted (2nd rAF after it)', unit: 'ms', samples: lang.painted },
    { section: 'lang', name: 'slide turn key → painted', unit: 'ms', samples: turn.painted },
    { section: 'lang', name: 'ratio switch/turn, painted (medians)', unit: '×', samples: [ratioPainted] },
    { section: 'lang', name: '`l` key → hidden slides caught up (last DOM change)', unit: 'ms', samples: lang.hidden },
  ]
}

/**
 * 2. Presenter → audience, side by side: a language switch (until the audience's <html lang> changes, then
 * until painted) and Slidev's own slide change (ArrowRight/Left until the audience's URL changes, then painted).
 */
export async function presenterToAudience(win: Windows, label: string, no: number, runs: number): Promise<Row[]> {
  const audience = await win.open(`/${no}?lang=en`)
  const presenter = await win.open(`/presenter/${no}?lang=en`)
  await audience.bringToFront() // in one context the pages are tabs: only the front one gets animation frames
  await audience.waitForFunction(() => document.documentElement.lang === 'en')
  const lang = { arrive: [] as number[], painted: [] as number[] }
  const slide = { arrive: [] as number[], painted: [] as number[] }
  let shown = no // the loop alternates between `no` and `no + 1`
  for (let i = -1; i < runs; i++) { // one warm-up round
    // the text of the slide on screen: a hidden slide's text changes later and out of sight, so
    // waiting on it (as this loop did when it watched slide `no` only) never sees a visible change
    await arm(audience, 'text', `.slidev-page-${shown}`)
    await presenter.keyboard.press('l')
    const l = await settled(audience)
    const ls = (await read(presenter)).sent
    await sleep(100)

    const target = i % 2 === 0 ? no : no + 1 // -1, 1, 3…: forward; 0, 2…: back
    await arm(audience, 'path', `/${target}`)
    await presenter.keyboard.press(target > no ? 'ArrowRight' : 'ArrowLeft')
    const s = await settled(audience)
    const ss = (await read(presenter)).sent
    shown = target
    await sleep(100)
    if (i < 0)
      continue
    lang.arrive.push(l.langAt - ls)
    lang.painted.push(l.painted - ls)
    slide.arrive.push(s.hit - ss)
    slide.painted.push(s.painted - ss)
  }
  if (runs % 2 === 0) { // back to slide `no`
    await presenter.keyboard.press('ArrowLeft')
    await audience.waitForURL(new RegExp(`/${no}\\?`))
  }
  await audience.close()
  await presenter.close()
  const ratio = (a: number[], b: number[]) => median(a) / median(b)
  const s = `sync ${label}`
  return [
    { section: s, name: 'lang: presenter key → audience <html lang>', unit: 'ms', samples: lang.arrive },
    { section: s, name: 'slide: presenter key → audience URL', unit: 'ms', samples: slide.arrive },
    { section: s, name: 'lang: → audience slide text painted', unit: 'ms', samples: lang.painted },
    { section: s, name: 'slide: → audience new slide painted', unit: 'ms', samples: slide.painted },
    { section: s, name: 'ratio lang/slide, arrival (medians)', unit: '×', samples: [ratio(lang.arrive, slide.arrive)], goal: '≤ 1.1', met: ratio(lang.arrive, slide.arrive) <= 1.1 },
    { section: s, name: 'ratio lang/slide, painted (medians)', unit: '×', samples: [ratio(lang.painted, slide.painted)], goal: '≤ 1.1', met: ratio(lang.painted, slide.painted) <= 1.1 },
  ]
}

/**
 * 7. The bilingual view, side by side in one loop. In one window on slide `no`: `b` (view on,
 * then off; done when the slide's text has changed) beside a slide turn (→ then ←). Then presenter →
 * audience: presenter `b` beside presenter `l`, until the audience's slide text is painted.
 */
export async function bilingualToggle(win: Windows, no: number, runs: number): Promise<Row[]> {
  const page = await win.open(`/${no}?lang=zh&also=`)
  await sleep(4000) // every slide mounted, as during a talk
  const b = { dom: [] as number[], painted: [] as number[] }
  const turn = { dom: [] as number[], painted: [] as number[] }
  const last = new Map<string, number>() // which mutation came last, to explain the figure
  for (let i = -2; i < runs; i++) { // two warm-up rounds
    const toggles = []
    for (let k = 0; k < 2; k++) { // on, then off
      await arm(page, 'text', `.slidev-page-${no}`)
      await page.keyboard.press('b')
      toggles.push(await settled(page))
    }
    const turns = await turnAndBack(page, no)
    if (i < 0)
      continue
    for (const t of toggles) {
      b.dom.push(t.dom - t.sent)
      b.painted.push(t.painted - t.sent)
      last.set(t.what, (last.get(t.what) ?? 0) + 1)
    }
    for (const t of turns) {
      turn.dom.push(t.dom - t.sent)
      turn.painted.push(t.painted - t.sent)
    }
  }
  await page.close()

  const audience = await win.open(`/${no}?lang=zh&also=`)
  const presenter = await win.open(`/presenter/${no}?lang=zh&also=`)
  await audience.bringToFront()
  const remote = { b: [] as number[], l: [] as number[] }
  const lastRemote = new Map<string, number>()
  for (let i = -1; i < runs; i++) {
    for (const key of ['b', 'l'] as const) {
      await arm(audience, 'text', `.slidev-page-${no}`)
      await presenter.keyboard.press(key)
      const a = await settled(audience)
      const sent = (await read(presenter)).sent
      await sleep(100)
      if (i >= 0) {
        remote[key].push(a.painted - sent)
        if (key === 'b')
          lastRemote.set(a.what, (lastRemote.get(a.what) ?? 0) + 1)
      }
    }
  }
  // leave the deck as found: one language, no second one
  await presenter.keyboard.press('b')
  await audience.close()
  await presenter.close()
  const tell = (m: Map<string, number>) => [...m].map(([what, k]) => `${k}× ${what}`).join('; ')
  console.log(`bench: bilingual: last visible mutation of \`b\`: ${tell(last)}; in the audience after presenter \`b\`: ${tell(lastRemote)}`)
  const ratio = (x: number[], y: number[]) => median(x) / median(y)
  return [
    { section: 'bilingual', name: '`b` key → last DOM change on screen (on and off)', unit: 'ms', samples: b.dom },
    { section: 'bilingual', name: 'slide turn (→/←) key → last DOM change on screen', unit: 'ms', samples: turn.dom },
    { section: 'bilingual', name: '`b` key → painted', unit: 'ms', samples: b.painted },
    { section: 'bilingual', name: 'slide turn key → painted', unit: 'ms', samples: turn.painted },
    { section: 'bilingual', name: 'ratio `b`/turn, painted (medians)', unit: '×', samples: [ratio(b.painted, turn.painted)] },
    { section: 'bilingual', name: 'presenter `b` → audience slide painted (dev server)', unit: 'ms', samples: remote.b },
    { section: 'bilingual', name: 'presenter `l` → audience slide painted (same loop)', unit: 'ms', samples: remote.l },
    { section: 'bilingual', name: 'ratio presenter `b`/`l`, painted (medians)', unit: '×', samples: [ratio(remote.b, remote.l)] },
  ]
}

const out = (no: number) => `.slidev-page-${no} [data-output="energyKwh"]`
const field = (page: Page, no: number, name: string) => page.locator(`.slidev-page-${no}:visible input[name="${name}"]`).first()

/** 3. Calculator: typing a PUE → the energy output's data-value, in the same window and in the audience window. */
export async function calculator(win: Windows, no: number, runs: number): Promise<Row[]> {
  const audience = await win.open(`/${no}?lang=en`)
  const presenter = await win.open(`/presenter/${no}?lang=en`)
  await audience.locator(out(no)).first().waitFor()
  const local = { updated: [] as number[], painted: [] as number[], frames: [] as number[] }
  const synced = { updated: [] as number[], painted: [] as number[] }
  for (let i = -1; i < runs; i++) {
    const value = i % 2 === 0 ? '1.3' : '1.2'
    await arm(audience, 'value', out(no))
    await field(audience, no, 'pue').fill(value)
    const a = await settled(audience, 80)
    await sleep(100) // the presenter window follows
    await arm(audience, 'value', out(no))
    await field(presenter, no, 'pue').fill(i % 2 === 0 ? '1.4' : '1.5')
    const b = await settled(audience, 80)
    const sent = (await read(presenter)).sent
    await sleep(100)
    if (i < 0)
      continue
    local.updated.push(a.hit - a.sent)
    local.painted.push(a.painted - a.sent)
    local.frames.push(frameOf(a.frames, a.hit))
    synced.updated.push(b.hit - sent)
    synced.painted.push(b.painted - sent)
  }
  await presenter.locator(`.slidev-page-${no}:visible [data-preset="reset"]`).first().click()
  await audience.close()
  await presenter.close()
  return [
    { section: 'calc', name: 'same window: input → data-value', unit: 'ms', samples: local.updated },
    { section: 'calc', name: 'same window: input → painted', unit: 'ms', samples: local.painted },
    { section: 'calc', name: 'same window: frames until presented', unit: 'frames', samples: local.frames, goal: 'p95 = 1 (same frame)', met: p95(local.frames) <= 1 },
    { section: 'calc', name: 'presenter input → audience data-value', unit: 'ms', samples: synced.updated },
    { section: 'calc', name: 'presenter input → audience painted', unit: 'ms', samples: synced.painted },
  ]
}

/** What a window shows: language, slide, and every output and input of the calculator on slide `no`. */
async function shownState(page: Page, no: number): Promise<string> {
  return page.evaluate((n) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
    const outputs = [...slide?.querySelectorAll('[data-output]') ?? []].map(o => `${o.getAttribute('data-output')}=${o.getAttribute('data-value')} "${o.textContent}"`)
    const inputs = [...slide?.querySelectorAll<HTMLInputElement>('input[type="text"]') ?? []].map(i => `${i.name}=${i.value}`)
    const slideNo = location.pathname.split('/').pop()
    return JSON.stringify({ lang: document.documentElement.lang, urlLang: new URL(location.href).searchParams.get('lang'), slideNo, outputs, inputs })
  }, no)
}

/** 6. 500 `l` presses alternating between presenter and audience (dev server), then: do both windows agree? */
export async function soak(win: Windows, no: number, presses: number): Promise<Row[]> {
  const audience = await win.open(`/${no}?lang=en`)
  const presenter = await win.open(`/presenter/${no}?lang=en`)
  await field(presenter, no, 'days').fill('90') // a non-default value, so agreement on the calculator means something
  await audience.waitForFunction(n => document.querySelector<HTMLInputElement>(`.slidev-page-${n} input[name="days"]`)?.value === '90', no)
  await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()) // `l` must reach the deck, not the field
  const started = performance.now()
  for (let i = 0; i < presses; i++)
    await (i % 2 ? audience : presenter).keyboard.press('l')
  const sent = performance.now() - started
  // settled: both windows show the same thing for 1 s in a row (at most 20 s)
  const settleStart = performance.now()
  let a = ''
  let p = ''
  let stableSince = 0
  while (performance.now() - settleStart < 20_000) {
    [a, p] = await Promise.all([shownState(audience, no), shownState(presenter, no)])
    if (a === p && stableSince === 0)
      stableSince = performance.now()
    else if (a !== p)
      stableSince = 0
    if (stableSince && performance.now() - stableSince >= 1000)
      break
    await sleep(50)
  }
  const settledMs = stableSince ? stableSince - settleStart : Number.NaN
  const agree = a === p
  if (!agree)
    console.error(`bench: soak: windows disagree\n  audience:  ${a}\n  presenter: ${p}`)
  const finalLang = JSON.parse(a).lang as string
  console.log(`bench: soak: final language ${finalLang} after ${presses} toggles from en`)
  await presenter.locator(`.slidev-page-${no}:visible [data-preset="reset"]`).first().click()
  if (finalLang !== 'en') {
    await presenter.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await presenter.keyboard.press('l')
    await audience.waitForFunction(() => document.documentElement.lang === 'en')
  }
  await audience.close()
  await presenter.close()
  const errors = win.allErrors()
  if (errors.length)
    console.error(`bench: console errors:\n  ${errors.slice(0, 10).join('\n  ')}`)
  return [
    { section: 'soak', name: `${presses} presses sent (alternating windows)`, unit: 'ms', samples: [sent] },
    { section: 'soak', name: 'windows agree after (ms until stable)', unit: 'ms', samples: [settledMs] },
    { section: 'soak', name: 'agree on lang, slide, calculator (1 = yes)', unit: '', samples: [agree ? 1 : 0], goal: '1', met: agree },
    { section: 'soak', name: 'console errors (all dev-server windows)', unit: '', samples: [errors.length], goal: '0', met: errors.length === 0 },
  ]
}
