// Windows of the run's static site for a test file whose tests each start from a browser that has not
// seen the deck: the site keeps its state in the browser's storage, so one test's language or view must
// not become the next one's. Registers the file's hooks: one connection to the site's Chromium, a fresh
// context for every test, and after each test its windows answer for themselves (no request off the
// machine, no console error, no failed request).
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { CLEAN, waitSlide, WindowWatch } from '../../scripts/harness'
import { connectBrowser } from '../e2e/shared'

export interface SiteWindows {
  /** Address of the site, its base included. */
  readonly url: string
  /** What the current test's windows did (errors so far, for a test that checks them as it goes). */
  readonly watch: WindowWatch
  /** A new window of the current test's context, on `about:blank`. */
  blank: () => Promise<Page>
  /** A new window at `path` of the site, once a slide shows. */
  open: (path: string) => Promise<Page>
}

export function siteWindows(viewport = { width: 1280, height: 720 }): SiteWindows {
  const url = inject('siteUrl')
  const watch = new WindowWatch()
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  beforeAll(async () => {
    browser = await connectBrowser()
  })
  beforeEach(async () => {
    context = watch.context(await browser!.newContext({ viewport }))
  })
  afterEach(async () => {
    await context?.close()
    expect(watch.take()).toEqual(CLEAN)
  })
  afterAll(async () => {
    await browser?.close()
  })
  const blank = async (): Promise<Page> => watch.page(await context!.newPage())
  return {
    url,
    watch,
    blank,
    async open(path) {
      const page = await blank()
      await page.goto(`${url}${path}`)
      await waitSlide(page)
      return page
    },
  }
}
