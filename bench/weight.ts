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
  scripts: { path: string, gzip: number }[]
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
  const w: Weight = { raw: { js: 0, css: 0, font: 0 }, gzip: { js: 0, css: 0, font: 0 }, fonts: [], scripts: [] }
  const pending: Promise<void>[] = []
  context.on('response', (res) => {
    const path = new URL(res.url()).pathname
    const kind = kindOf(path)
    if (!kind || res.status() !== 200)
      return
    pending.push(res.body().then((body) => {
      const gz = gzipSync(body).length
      w.raw[kind] += body.length
      w.gzip[kind] += gz
      if (kind === 'font')
        w.fonts.push(path)
      if (kind === 'js')
        w.scripts.push({ path, gzip: gz })
    }))
  })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    await page.locator('.slidev-page:visible').first().waitFor()
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForLoadState('networkidle')
    await Promise.all(pending)
  }
  finally {
    await context.close()
  }
  w.scripts.sort((a, b) => b.gzip - a.gzip)
  return w
}

/** Font files of a family (file names start with `prefix`) in a build's assets. */
export function fontFilesIn(dist: string, prefix: string): number {
  return readdirSync(join(dist, 'assets')).filter(f => f.startsWith(prefix) && f.endsWith('.woff2')).length
}
