// What the first slide of a static build downloads: JavaScript, CSS and font bytes, raw and gzipped.
import type { Browser } from 'playwright-chromium'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { prepareContext } from './probe'

export type Kind = 'js' | 'css' | 'font'

export interface Weight {
  raw: Record<Kind, number>
  gzip: Record<Kind, number>
  /** Font files fetched (woff2/woff), by URL path. */
  fonts: string[]
  /** JavaScript chunks fetched, with their gzipped size, largest first. */
  scripts: { path: string, gzip: number, late: boolean }[]
  /** JavaScript requested after the first slide was on screen (prefetched when idle), gzip. */
  lateJsGzip: number
}

function kindOf(path: string): Kind | undefined {
  if (/\.m?js$/.test(path))
    return 'js'
  if (path.endsWith('.css'))
    return 'css'
  if (/\.(?:woff2?|ttf|otf)$/.test(path))
    return 'font'
}

/** Loads `url` in a fresh context, waits for the network and the fonts to settle, and sums what came. */
export async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  await prepareContext(context)
  // the page stamps the first frame in which a slide is visible (epoch ms, the clock of the requests'
  // start times): Playwright's own wait returns later on a busy machine, and counted the chunks of
  // that delay as the cover's
  await context.addInitScript({ content: `(() => {
    const look = () => {
      const shown = [...document.querySelectorAll('.slidev-page')].some(e => e.getBoundingClientRect().width > 0 && e.textContent.trim())
      if (shown)
        window.__coverShownAt = performance.timeOrigin + performance.now()
      else
        requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })()` })
  const w: Weight = { raw: { js: 0, css: 0, font: 0 }, gzip: { js: 0, css: 0, font: 0 }, fonts: [], scripts: [], lateJsGzip: 0 }
  const pending: Promise<void>[] = []
  const js: { path: string, raw: number, gzip: number, requested: number }[] = []
  context.on('response', (res) => {
    const path = new URL(res.url()).pathname
    const kind = kindOf(path)
    if (!kind || res.status() !== 200)
      return
    pending.push(res.body().then((body) => {
      const gz = gzipSync(body).length
      if (kind === 'js') {
        js.push({ path, raw: body.length, gzip: gz, requested: res.request().timing().startTime })
        return
      }
      w.raw[kind] += body.length
      w.gzip[kind] += gz
      if (kind === 'font')
        w.fonts.push(path)
    }).catch(() => {})) // a response still arriving when the context closes has no body to weigh
  })
  let shown = Number.POSITIVE_INFINITY
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit' })
    await page.locator('.slidev-page:visible').first().waitFor({ timeout: 60_000 })
    // what is requested after this came later (the wait's own time if the page did not stamp it)
    shown = Number(await page.evaluate('window.__coverShownAt')) || Date.now()
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(3000) // the deck prefetches the other languages about a second after load, when idle
    await page.waitForLoadState('networkidle')
    await Promise.all(pending)
  }
  finally {
    await context.close()
  }
  // Everything the JS totals count came before the first slide was on screen; later chunks
  // (the other slides, preloaded by Slidev after 3 s; the other languages' locale files, prefetched
  // when idle) are listed and summed apart.
  for (const s of js) {
    const late = s.requested > shown
    w.scripts.push({ path: s.path, gzip: s.gzip, late })
    if (late) {
      w.lateJsGzip += s.gzip
    }
    else {
      w.raw.js += s.raw
      w.gzip.js += s.gzip
    }
  }
  w.scripts.sort((a, b) => b.gzip - a.gzip)
  return w
}

/** Font files of a family (file names start with `prefix`) in a build's assets. */
export function fontFilesIn(dist: string, prefix: string): number {
  return readdirSync(join(dist, 'assets')).filter(f => f.startsWith(prefix) && f.endsWith('.woff2')).length
}
