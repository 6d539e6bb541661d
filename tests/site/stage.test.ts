// The projector scale, measured in a real Chromium at 1920×1080 on every slide in both languages
// and in both bilingual pairings: text sizes against the slide canvas height, nothing outside the
// slide, the typography of both scripts (typography.ts), and axe-core on each slide (no serious or
// critical violation from the deck's own markup, axe.ts). The same walk checks what every slide
// must show in every view: no raw key or broken number, every figure with its source mark, the
// second language in its own blocks. It walks the static site (global-setup.ts), the same slides the
// dev server shows, built once: a view's first load costs a third of a dev-server load, and the walk
// shares no deck state with the browser tests, so it runs beside them.
import type { Browser, Page } from 'playwright-chromium'
import type { FieldName } from '../../model/calculators'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { WHOLE_SOURCE } from '../../i18n/keep'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { FIELDS } from '../../model/calculators'
import { goToSlide, PAGE_NAV, recordErrors, shownSlideText, slideTotal, waitSlide } from '../../scripts/harness'
import { axeProblems } from '../e2e/axe'
import { connectBrowser } from '../e2e/shared'
import { typographyProblems } from '../e2e/typography'

/** Body text: at least 1/30 of the slide height; secondary text (labels, captions, legends…): at least 1/40. */
const BODY = 1 / 30
const SECONDARY = 1 / 40
/** Share of the characters of a content slide that must reach the body size. */
const BODY_SHARE = 0.7

const server = { url: '' }
let browser: Browser
let page: Page
let total = 0
const errors: string[] = []

interface Measure {
  /** cover | reference | figure (a calculator or a chart) | content */
  kind: string
  /** Visible text nodes under 1/40 of the slide height (source marks aside). */
  small: string[]
  /** Characters at ≥ 1/30, and all characters (input values included). */
  bodyChars: number
  chars: number
  /** Elements whose box leaves the slide. */
  outside: string[]
  /** Calculator results and input values under 1/30. */
  smallValues: string[]
  /** The slide holds a live calculator. */
  calculator: boolean
  /** Visible second-language characters (the bilingual view), and whether the slide opts out of it. */
  alsoChars: number
  mono: boolean
  /** Second-language blocks whose `lang` is not the view's second language. */
  alsoWrongLang: string[]
  /** On a slide that opts out of the bilingual view: second-language blocks outside its title. */
  monoBody: string[]
  /** Figures shown without their source mark. */
  unmarked: string[]
}

/** Runs in the page: measures the visible copy of slide `no`. Sizes are rendered sizes (canvas scale and SVG viewBox included). */
function measure([no, body, secondary, also]: [number, number, number, string]): Measure {
  const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${no}`)].find(e => e.getBoundingClientRect().width > 0)!
  const box = slide.getBoundingClientRect()
  const H = box.height
  /** Canvas scale: the rendered slide over its own (unscaled) height. */
  const scale = H / slide.offsetHeight
  const ratio = (el: Element): number => {
    const fs = Number.parseFloat(getComputedStyle(el).fontSize)
    if (el instanceof SVGElement) {
      const m = (el as SVGGraphicsElement).getScreenCTM?.() ?? (el.closest('svg') as SVGSVGElement).getScreenCTM()!
      return (fs * Math.hypot(m.c, m.d)) / H
    }
    // HTML inside an SVG <foreignObject> is scaled with the SVG.
    const svg = el.closest('svg')
    if (svg) {
      const m = svg.getScreenCTM()!
      return (fs * Math.hypot(m.c, m.d)) / H
    }
    return (fs * scale) / H
  }
  const visible = (el: Element): boolean => {
    for (let a: Element | null = el; a && a !== slide; a = a.parentElement) {
      const cs = getComputedStyle(a)
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
        return false
    }
    return true
  }
  const label = (el: Element, text: string): string => `"${text.slice(0, 40)}" (${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}, ${(ratio(el) * slide.offsetHeight).toFixed(1)} px on the canvas)`

  const kind = slide.querySelector('.slidev-layout.cover')
    ? 'cover'
    : slide.querySelector('.deck-refs') ? 'reference' : slide.querySelector('[data-calculator], [data-chart]') ? 'figure' : 'content'
  const small: string[] = []
  const smallValues: string[] = []
  let chars = 0
  let bodyChars = 0
  let alsoChars = 0
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n.textContent ?? '').replace(/\s+/g, '')
    const el = n.parentElement
    if (!text || !el || el.closest('.deck-source, style, script') || !visible(el))
      continue
    const range = document.createRange()
    range.selectNodeContents(n)
    const r = range.getBoundingClientRect()
    if (r.width === 0 || r.height === 0)
      continue
    const k = ratio(el)
    if (k < secondary - 1e-4)
      small.push(label(el, text))
    // the second language is secondary by design: the 70% rule reads the leading language
    if (el.closest('.deck-also')) {
      alsoChars += text.length
      continue
    }
    chars += text.length
    if (k >= body - 1e-4)
      bodyChars += text.length
  }
  for (const input of slide.querySelectorAll<HTMLInputElement>('input[type=text]')) {
    const text = input.value.replace(/\s+/g, '')
    chars += text.length
    if (ratio(input) >= body - 1e-4)
      bodyChars += text.length
    else smallValues.push(label(input, input.value))
  }
  for (const out of slide.querySelectorAll('[data-calculator] output')) {
    if (ratio(out) < body - 1e-4)
      smallValues.push(label(out, out.textContent ?? ''))
  }
  const outside: string[] = []
  for (const el of slide.querySelectorAll('*')) {
    const r = el.getBoundingClientRect()
    if ((r.width === 0 && r.height === 0) || el.closest('defs') || !visible(el))
      continue
    const dx = Math.max(box.left - r.left, r.right - box.right)
    const dy = Math.max(box.top - r.top, r.bottom - box.bottom)
    if (dx > 1 || dy > 1)
      outside.push(`${label(el, (el.textContent ?? '').trim())} leaves the slide by ${Math.round(Math.max(dx, dy) / scale)} px`)
    // an SVG clips what leaves its viewport: a chart label cut at the chart's edge
    const svg = el instanceof SVGElement && el.tagName !== 'svg' ? el.closest('svg') : null
    if (svg && (el.tagName === 'text' || el.tagName === 'foreignObject')) {
      const s = svg.getBoundingClientRect()
      const cut = Math.max(s.left - r.left, r.right - s.right, s.top - r.top, r.bottom - s.bottom)
      if (cut > 1)
        outside.push(`${label(el, (el.textContent ?? '').trim())} is cut by its chart's edge by ${Math.round(cut / scale)} px`)
    }
  }
  const alsoBlocks = [...slide.querySelectorAll<HTMLElement>('.deck-also')].filter(e => e.getBoundingClientRect().height > 0 && visible(e))
  const mono = !!slide.querySelector('.deck-mono')
  return {
    kind,
    small,
    bodyChars,
    chars,
    outside,
    smallValues,
    calculator: !!slide.querySelector('[data-calculator]'),
    alsoChars,
    mono,
    alsoWrongLang: alsoBlocks.filter(e => e.lang.split('-')[0] !== also).map(e => `lang="${e.lang}": ${e.innerText.trim().slice(0, 40)}`),
    monoBody: mono ? alsoBlocks.filter(e => !e.closest('.slidev-layout > h1')).map(e => e.innerText.trim().slice(0, 40)) : [],
    // the leading language carries the mark; a second-language line repeats the figure without it
    unmarked: [...slide.querySelectorAll<HTMLElement>('.deck-fig')].filter(f => !f.closest('.deck-also') && f.getBoundingClientRect().height > 0 && visible(f) && !f.querySelector('.deck-source')).map(f => (f.textContent ?? '').trim()),
  }
}

/** The speaker's words, in both languages: never on the audience's canvas (nav bar, presenter view or hover only). */
const SPEAKER_WORDS = [en, zh].flatMap(t => [t.calc.copyLink, t.calc.linkCopied, t.app.switchLanguage, t.app.bilingualView])

/** A view of the deck: its language, and the second language beneath in the bilingual view. */
interface View { lang: 'en' | 'zh', also?: 'en' | 'zh' }
const VIEWS: View[] = [{ lang: 'en' }, { lang: 'zh' }, { lang: 'zh', also: 'en' }, { lang: 'en', also: 'zh' }]
const viewName = (v: View): string => v.also ? `${v.lang}&also=${v.also}` : v.lang

/** The view the page is in (set by loading its address: one load per view, slides turned inside it). */
let shownView = ''

/** Shows slide `no` in `view`; returns its text as shown. */
async function show(no: number, view: View | 'en' | 'zh'): Promise<string> {
  const { lang, also } = typeof view === 'string' ? { lang: view, also: undefined } : view
  const query = `lang=${lang}&also=${also ?? ''}`
  if (query !== shownView) {
    await page.goto(`${server.url}/${no}?${query}`)
    await waitSlide(page, no)
    shownView = query
  }
  else {
    await goToSlide(page, no)
  }
  const text = await shownSlideText(page, no)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return text
}

beforeAll(async () => {
  server.url = inject('siteUrl')
  browser = await connectBrowser()
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  page.setDefaultTimeout(60_000)
  errors.push(...recordErrors(page))
  await show(1, 'en')
  total = await slideTotal(page)
})

// each test answers for what the page logged during it
afterEach(() => {
  expect(errors.splice(0)).toEqual([])
})

afterAll(async () => {
  await browser?.close()
})

describe('on stage: every slide readable from the back row at 1920×1080', () => {
  for (const view of VIEWS) {
    const lang = viewName(view)
    it(`${lang}: no text under 1/40 of the slide height, 70% of a content slide at 1/30, nothing outside the slide, typography whole, no axe-core violation`, async () => {
      const problems: string[] = []
      const kinds = new Set<string>()
      const mono: number[] = []
      const deferred = new Map<string, number>() // axe rules counted, not failed (tests/e2e/axe.ts)
      for (let no = 1; no <= total; no++) {
        const text = await show(no, view)
        const m = await page.evaluate(measure, [no, BODY, SECONDARY, view.also ?? ''] as [number, number, number, string])
        kinds.add(m.kind)
        const where = `slide ${no} (${lang}, ${m.kind})`
        expect(m.chars, where).toBeGreaterThan(0)
        // words from the locales, figures from the model: no raw key or template, no broken number
        if (/\{\{|\}\}|\$t\(|\b(?:slides|app|deck|meta|calc|refs|units|charts|articleQuotes)\.[a-z]\w*\.?\w/.test(text))
          problems.push(`${where}: a raw key or template in "${text.slice(0, 80)}"`)
        if (/\bNaN\b|\bundefined\b|Infinity|\[object /.test(text))
          problems.push(`${where}: NaN, undefined or Infinity shown`)
        problems.push(...m.unmarked.map(f => `${where}: figure without its source mark: ${f}`))
        problems.push(...m.alsoWrongLang.map(s => `${where}: second-language block in another language: ${s}`))
        // a slide that cannot hold both languages keeps its title's second line, and only that
        problems.push(...m.monoBody.map(s => `${where}: second language outside the title of a leading-language-only slide: ${s}`))
        if (view.also && new URL(page.url()).searchParams.get('also') !== view.also)
          problems.push(`${where}: the address lost also=${view.also}`)
        problems.push(...m.small.map(s => `${where}: under 1/40: ${s}`))
        problems.push(...m.outside.map(s => `${where}: ${s}`))
        problems.push(...m.smallValues.map(s => `${where}: calculator value under 1/30: ${s}`))
        // typography: nothing split that reads as one, no Chinese 孤字, no slant, links whole, no speaker controls
        const typo = await page.evaluate(typographyProblems, { root: `.slidev-page-${no}`, whole: WHOLE_SOURCE, speakerWords: SPEAKER_WORDS })
        problems.push(...typo.map(s => `${where}: ${s}`))
        if (m.kind === 'content' && m.bodyChars / m.chars < BODY_SHARE)
          problems.push(`${where}: only ${Math.round((100 * m.bodyChars) / m.chars)}% of ${m.chars} characters at 1/30 of the slide height`)
        // the bilingual view shows the second language on every slide but those that opt out (leading language only)
        if (view.also && m.mono)
          mono.push(no)
        else if (view.also && m.alsoChars === 0)
          problems.push(`${where}: no second-language text`)
        else if (!view.also && m.alsoChars > 0)
          problems.push(`${where}: second-language text outside the bilingual view`)
        problems.push(...(await axeProblems(page, no, undefined, deferred)).map(p => `${where}: axe: ${p}`))
      }
      expect(problems).toEqual([])
      // eslint-disable-next-line no-console
      console.log(`stage walk ${lang}: axe, counted apart: ${[...deferred].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`)
      if (view.also) // for the README and the notes: which slides opt out
        // eslint-disable-next-line no-console
        console.log(`stage walk ${lang}: leading language only on slide(s) ${mono.join(', ') || 'none'}`)
      // the walk met every kind of slide, so each rule ran
      expect([...kinds].sort()).toEqual(['content', 'cover', 'figure', 'reference'])
      // leading-language-only slides are the exception, not the rule
      expect(mono.length).toBeLessThan(total / 4)
    }, 600_000)
  }

  it('the axe check fails on a planted violation (a link inside a button) and on an empty table header', async () => {
    await show(1, 'en')
    const planted = await page.evaluate(() => {
      const slide = [...document.querySelectorAll<HTMLElement>('.slidev-page-1')].find(e => e.getBoundingClientRect().width > 0)!
      const probe = document.createElement('div')
      probe.id = 'axe-probe'
      probe.innerHTML = '<button type="button">Preset <a href="#references">[1]</a></button><table><tr><th></th><th>kWh</th></tr><tr><td>a</td><td>1</td></tr></table>'
      slide.append(probe)
      return probe.id
    })
    try {
      const found = await axeProblems(page, 1, `#${planted}`)
      expect(found.some(p => p.startsWith('nested-interactive (serious)'))).toBe(true)
      expect(found.some(p => p.startsWith('empty-table-header'))).toBe(true)
    }
    finally {
      await page.evaluate(id => document.getElementById(id)?.remove(), planted)
    }
  })

  it('calculator inputs are wide enough for their largest valid value', async () => {
    // the calculator slides, found on their own (this test does not depend on the walk above)
    const slides = await page.evaluate(`${PAGE_NAV}.slides.filter(s => (s.meta.slide.frontmatter.key ?? '').startsWith('calc')).map(s => s.no)`) as number[]
    expect(slides.length).toBeGreaterThanOrEqual(3)
    /** The longest text a field accepts: its largest value's whole digits (`1` for shares). */
    const longest = (name: FieldName): string => {
      const max = (FIELDS[name].rule as { max?: number }).max
      return max === undefined ? '1' : String(Math.floor(max))
    }
    const tooNarrow: string[] = []
    const seen = new Set<string>()
    for (const no of slides) {
      for (const basis of ['days', 'gpuHours', 'days']) {
        await show(no, 'en')
        await page.locator(`.slidev-page-${no}:visible [data-calculator]`).first().waitFor()
        const radio = page.locator(`.slidev-page-${no}:visible input[name=timeBasis][value=${basis}]`)
        if (await radio.count())
          await radio.check()
        const fields = await page.locator(`.slidev-page-${no}:visible input[type=text]`).evaluateAll(els => els.map((el) => {
          const input = el as HTMLInputElement
          const cs = getComputedStyle(input)
          const ctx = document.createElement('canvas').getContext('2d')!
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`
          return { name: input.name, room: input.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight), font: ctx.font }
        }))
        for (const f of fields) {
          seen.add(f.name)
          const width = await page.evaluate(([font, text]) => {
            const ctx = document.createElement('canvas').getContext('2d')!
            ctx.font = font
            return ctx.measureText(text).width
          }, [f.font, longest(f.name as FieldName)])
          if (width > f.room)
            tooNarrow.push(`slide ${no}, ${f.name}: ${longest(f.name as FieldName)} needs ${width.toFixed(0)} px, has ${f.room.toFixed(0)}`)
        }
        if (!(await radio.count()))
          break
      }
    }
    expect(tooNarrow).toEqual([])
    expect([...seen]).toEqual(expect.arrayContaining(['gpus', 'gpuHours', 'days', 'requestsPerDay', 'share']))
  }, 120_000)
})
