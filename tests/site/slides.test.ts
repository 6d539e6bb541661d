// Every slide of the talk, in both languages, in a real Chromium: the static site of the run
// (global-setup.ts), the slides the dev server shows, built once.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { COMPARISONS, SOURCES, TRAINING_PRESETS } from '../../model'
import { CLEAN, goToSlide, shownSlideText, slideNoOf, slideTotal, waitSlide, WindowWatch } from '../../scripts/harness'
import { connectBrowser } from '../e2e/shared'
import { SITE_BASE } from './global-setup'

const server = { url: '' }
let browser: Browser
let page: Page
let total = 0
const watch = new WindowWatch()
const LOCALES = { en, zh } as const

/** The visible copy of slide `no`. */
const slide = (p: Page, no: number) => p.locator(`.slidev-page-${no}:visible`).first()

/** The words of a locale string before its first placeholder: what must be visible. */
function lead(k: string, lang: 'en' | 'zh'): string {
  const v = k.split('.').reduce<any>((o, p) => o[p], LOCALES[lang]) as string
  return v.split('{{')[0]!.trim()
}

/** The first words of each element matching `selector` that ends below slide `no` (or, with `right`, past its right edge). */
function outsideSlide(no: number, selector: string, right = false): Promise<(string | undefined)[]> {
  return slide(page, no).evaluate((el, [sel, checkRight]) => {
    const box = el.getBoundingClientRect()
    return [...el.querySelectorAll(sel)].filter((e) => {
      const r = e.getBoundingClientRect()
      return r.bottom > box.bottom + 1 || (checkRight && r.right > box.right + 1)
    }).map(e => e.textContent?.slice(0, 40))
  }, [selector, right] as const)
}

/**
 * Slide `no` in `lang`, inside the loaded deck: Slidev's navigation to turn the slide, and the
 * language key `l` when the language differs (no reload). Returns the slide's text as shown.
 */
async function goto(no: number, lang: 'en' | 'zh'): Promise<string> {
  await goToSlide(page, no)
  const want = lang === 'zh' ? 'zh-CN' : 'en'
  if (await page.evaluate(() => document.documentElement.lang) !== want) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('l')
    await page.waitForFunction(l => document.documentElement.lang === l, want)
  }
  return shownSlideText(page, no)
}

beforeAll(async () => {
  server.url = inject('siteUrl')
  browser = await connectBrowser()
  const context = watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } }))
  page = watch.page(await context.newPage())
  await page.goto(`${server.url}/1?lang=en`)
  await waitSlide(page, 1)
  total = await slideTotal(page)
  expect(watch.take()).toEqual(CLEAN)
})

// Each test answers for what the page did during it: no request off localhost, no console error.
afterEach(() => {
  expect(watch.take()).toEqual(CLEAN)
})

afterAll(async () => {
  await browser?.close()
})

describe('the whole talk', () => {
  it('has the slides of every section', async () => {
    expect(total).toBeGreaterThanOrEqual(20)
    for (const key of ['forecasts', 'data', 'parameters', 'transformer', 'devries', 'carbon', 'datacentres', 'trainingEnergy', 'errors', 'summary', 'references'])
      expect(await slideNoOf(page, key), key).toBeGreaterThan(0)
  })

  it('a window mounts the slide on screen and its neighbours, not the whole deck (setup/preload.ts)', async () => {
    const own = watch.page(await page.context().newPage())
    try {
      await own.goto(`${server.url}/10?lang=en`)
      await waitSlide(own, 10)
      const mounted = () => own.evaluate(() => [...new Set([...document.querySelectorAll('.slidev-page')]
        .map(e => Number([...e.classList].find(c => /^slidev-page-\d+$/.test(c))?.slice('slidev-page-'.length))))].sort((a, b) => a - b))
      // Slidev would have mounted all of them three seconds after the first slide
      await own.waitForTimeout(4000)
      expect(await mounted()).toEqual([9, 10, 11])
      // a jump: the slides left behind are unmounted, the new one's neighbours mounted
      await goToSlide(own, 20)
      await own.locator('.slidev-page-21').first().waitFor({ state: 'attached' })
      expect(await mounted()).toEqual([19, 20, 21])
      // steps forward: the next slide comes, a slide three behind goes
      await goToSlide(own, 21)
      await own.locator('.slidev-page-22').first().waitFor({ state: 'attached' })
      expect(await mounted()).toEqual([19, 20, 21, 22])
      await goToSlide(own, 22)
      await own.locator('.slidev-page-23').first().waitFor({ state: 'attached' })
      expect(await mounted()).toEqual([20, 21, 22, 23])
    }
    finally {
      await own.close()
    }
  })

  it('a window fetches every slide\'s code ahead, unless its browser asks to save data: then the slides it shows and their neighbours', async () => {
    /** A window in a context of its own (an empty cache) at slide 10, and the scripts it requests. */
    const open = async (saveData: boolean) => {
      const own = watch.page(await watch.context(await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage())
      const scripts = new Set<string>()
      own.on('request', r => r.resourceType() === 'script' && scripts.add(r.url()))
      // the browser's own switch (what a phone's data saver turns on), not a stand-in for it
      await (await own.context().newCDPSession(own)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: saveData })
      await own.goto(`${server.url}/10?lang=en`)
      await waitSlide(own, 10)
      await own.locator('.slidev-page-11').first().waitFor({ state: 'attached' })
      return { own, scripts }
    }
    const saver = await open(true)
    const plain = await open(false)
    try {
      expect(await saver.own.evaluate(() => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData)).toBe(true)
      // past Slidev's three seconds, the saving window has fetched nothing more
      await saver.own.waitForTimeout(4000)
      const shown = saver.scripts.size
      // the plain window has every slide's code: one script per slide not mounted, at least
      await expect.poll(() => plain.scripts.size, { timeout: 30_000 }).toBeGreaterThanOrEqual(shown + total - 3)
      expect(saver.scripts.size).toBe(shown)
      // the saving window fetches a far slide's code when it is turned to, and shows it
      await goToSlide(saver.own, 20)
      await saver.own.locator('.slidev-page-21').first().waitFor({ state: 'attached' })
      expect(saver.scripts.size).toBeGreaterThan(shown)
      expect(saver.scripts.size).toBeLessThanOrEqual(shown + 3)
    }
    finally {
      await saver.own.context().close()
      await plain.own.context().close()
    }
  })

  // every slide in both languages (no raw key, no {{, no NaN, every figure with its source mark) is
  // checked by the stage walk (stage.test.ts), which turns every slide in every view anyway

  for (const [key, chart, axis] of [['trainingEnergy', 'training-energy', 'trainingEnergy'], ['datacentres', 'datacentres', 'datacentres']] as const) {
    it(`the ${chart} chart renders, labelled in the current language`, async () => {
      const no = await slideNoOf(page, key)
      for (const lang of ['en', 'zh'] as const) {
        await goto(no, lang)
        const root = slide(page, no).locator(`[data-chart="${chart}"]`)
        await root.waitFor()
        const text = await root.textContent() ?? ''
        expect(text).toContain(LOCALES[lang].charts[axis].axis)
        expect(await root.locator('svg rect').count()).toBeGreaterThanOrEqual(4)
        expect(await root.locator('.deck-source').count()).toBeGreaterThan(0)
        const svgText = await root.locator('svg').textContent() ?? ''
        if (lang === 'zh') {
          expect(svgText).toMatch(/千瓦时|亿/)
          expect(svgText).not.toMatch(/[kMGT]Wh/)
        }
        else {
          expect(svgText).toMatch(/[MGT]Wh/)
          expect(svgText).not.toMatch(/千瓦时|亿/)
        }
        const box = await root.boundingBox()
        const slideBox = await slide(page, no).boundingBox()
        expect(box!.y + box!.height).toBeLessThanOrEqual(slideBox!.y + slideBox!.height + 1)
      }
    })
  }

  it('comparisons state their basis on the slide, in both languages, and stay on the slide', async () => {
    for (const c of COMPARISONS.filter(x => x.where.startsWith('slide:'))) {
      const key = c.where.slice('slide:'.length)
      const no = await slideNoOf(page, key)
      for (const lang of ['en', 'zh'] as const) {
        let text = (await goto(no, lang)).replace(/\s+/g, ' ')
        for (const k of [c.statedBy, ...Object.values(c.otherBasis ?? {})]) {
          // a calculator preset's note is on the slide while that preset is loaded
          const preset = /^calc\.presetNotes\.(\w+)$/.exec(k!)?.[1]
          if (preset) {
            await slide(page, no).locator(`[data-preset="${preset}"]`).click()
            await slide(page, no).locator(`[data-preset-note="${preset}"]`).waitFor()
            text = (await shownSlideText(page, no)).replace(/\s+/g, ' ')
          }
          expect(text, `${key} (${lang}): ${k}`).toContain(lead(k!, lang).replace(/\s+/g, ' '))
        }
        const overflow = await outsideSlide(no, 'p, li, svg, .deck-chart')
        expect(overflow, `${key} (${lang})`).toEqual([])
      }
    }
  }, 120_000)

  it('slides whose words grew in the truth pass stay on the slide, in both languages', async () => {
    for (const key of ['electricityShare', 'gpt4Rise', 'carbon', 'carbonGrid', 'carbonCompare', 'requestEnergy', 'trainingEnergy', 'datacentres']) {
      const no = await slideNoOf(page, key)
      for (const lang of ['en', 'zh'] as const) {
        await goto(no, lang)
        const overflow = await outsideSlide(no, 'p, li, svg, .deck-chart, .deck-panel', true)
        expect(overflow, `${key} (${lang})`).toEqual([])
      }
    }
  }, 120_000)

  it('the training calculator shows the loaded preset\'s basis note, on the slide, in both languages', async () => {
    const no = await slideNoOf(page, 'calcTraining')
    for (const lang of ['en', 'zh'] as const) {
      await goto(no, lang)
      for (const [id, preset] of Object.entries(TRAINING_PRESETS)) {
        await slide(page, no).locator(`[data-preset="${id}"]`).click()
        const note = slide(page, no).locator(`[data-preset-note="${id}"]`)
        await note.waitFor()
        expect(await note.textContent(), `${id} (${lang})`).toContain(lead(preset.noteKey, lang))
        const overflow = await outsideSlide(no, 'p, .calc-outputs, .calc-inputs')
        expect(overflow, `${id} (${lang})`).toEqual([])
      }
    }
  }, 120_000)

  it('the IEA chart labels estimates and projections, never "measured", and marks crypto on 2022 and 2026', async () => {
    const no = await slideNoOf(page, 'datacentres')
    for (const lang of ['en', 'zh'] as const) {
      await goto(no, lang)
      const text = await slide(page, no).locator('[data-chart="datacentres"]').textContent() ?? ''
      expect(text).not.toMatch(/measured|实测/)
      const labels = await slide(page, no).locator('[data-chart="datacentres"] [data-year]').evaluateAll(gs => gs.map(g => [g.getAttribute('data-year'), g.textContent ?? '']))
      const label = (year: string) => labels.find(([y]) => y === year)?.[1] ?? ''
      expect(label('2022')).toContain(LOCALES[lang].charts.datacentres.crypto)
      expect(label('2026')).toContain(LOCALES[lang].charts.datacentres.rangeCrypto)
      expect(label('2024')).toContain(LOCALES[lang].charts.datacentres.noCrypto)
    }
  })

  it('the references slides list every source once, numbered as the marks', async () => {
    const first = await slideNoOf(page, 'references')
    const entries: string[] = []
    for (let no = first; no <= total; no++) {
      await goto(no, 'en')
      const ids = await slide(page, no).locator('.deck-ref').evaluateAll(els => els.map(e => (e as HTMLElement).dataset.source!))
      if (!ids.length)
        break
      entries.push(...ids)
    }
    expect(entries.length).toBe(Object.keys(SOURCES).length)
    expect(new Set(entries).size).toBe(entries.length)
    expect(entries).toEqual(Object.keys(SOURCES))
  })

  it('clicking a source mark goes to the references slide', async () => {
    const refs = await slideNoOf(page, 'references')
    const no = await slideNoOf(page, 'devries')
    await goto(no, 'zh')
    await slide(page, no).locator('.deck-source a').first().click()
    await page.waitForURL(u => [`${SITE_BASE}${refs}`, `${SITE_BASE}references`].includes(new URL(u).pathname))
    await waitSlide(page, refs)
    expect(await shownSlideText(page, refs)).toContain(zh.slides.references.title)
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh')
  })
})
