// One dev server and one Chromium for every browser test file, started once per run (vitest
// `globalSetup`). Files connect to them (tests/e2e/shared.ts). The deck is loaded once here, so Vite has
// compiled its modules before the first test and no test pays for a cold server. The one test about a
// server restart restarts this server (`restartUrl`), last of the run (vitest.config.ts: RestartLast).
import type { TestProject } from 'vitest/node'
import type { Served } from '../../scripts/harness'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { findBrowser, NO_BROWSER_HELP } from '../../scripts/browser'
import { launchTestBrowserServer, PAGE_NAV, shiftedPort, slideNumbersByKey, startDevServer, waitSlide } from '../../scripts/harness'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the shared dev server (`http://localhost:<port>`). */
    devUrl: string
    /** Password of the shared dev server's presenter view (it runs with `--remote <password>`). */
    remotePassword: string
    /** Playwright endpoint of the shared Chromium. */
    browserWs: string
    /**
     * The part's windows ask to save data (tests/e2e/shared.ts: `connectBrowser`): the browser part's do,
     * the site part's do not (they read the site as a reader's browser does).
     */
    saveData: boolean
    /**
     * Where the shared server looks for the hall bundle (`DECK_HALL_DIR`): empty, so phones join the
     * dev server, until tests/e2e/hall.test.ts builds the bundle there (and empties it again).
     */
    hallDir: string
    /** POST here: the shared dev server stops, starts again on its port, and the answer comes once it serves. */
    restartUrl: string
    /** Each slide's number by its frontmatter `key`, read from the deck by the warm-up (tests/e2e/shared.ts: slideNo). */
    slideNumbers: Record<string, number>
  }
}

/** Port of the shared dev server (before `E2E_PORT_OFFSET`). */
export const SHARED_PORT = 3401
/** The shared server runs as for a hall, `--remote <password>` (tests/e2e/shared.ts: presenterPath). */
const REMOTE_PASSWORD = 'stage-door-42'
/** Port of the restart control (before `E2E_PORT_OFFSET`), on 127.0.0.1 only. */
const CONTROL_PORT = 3499

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findBrowser()
  if (!executablePath)
    throw new Error(NO_BROWSER_HELP)
  const started = performance.now()
  const hallDir = mkdtempSync(join(tmpdir(), 'deck-e2e-hall-'))
  const startShared = (): Promise<Served> => startDevServer(SHARED_PORT, { DECK_HALL_DIR: hallDir }, ['--remote', REMOTE_PASSWORD])
  const [first, browserServer] = await Promise.all([startShared(), launchTestBrowserServer(executablePath)])
  let server = first
  let slideNumbers: Record<string, number> = {}
  try {
    // warm-up: the audience view loads every slide's code (imported, not shown: a slide's modules are
    // what Vite transforms, rendering it adds nothing to that), then the presenter view loads, so each
    // module of the deck has been transformed by Vite
    const browser = await chromium.connect(browserServer.wsEndpoint)
    const page = await browser.newPage()
    page.setDefaultTimeout(180_000)
    await page.goto(`${server.url}/1?lang=en&also=`)
    await waitSlide(page, 1)
    slideNumbers = await slideNumbersByKey(page)
    await page.evaluate(`Promise.all(${PAGE_NAV}.slides.map(s => s.load()))`)
    await page.goto(`${server.url}/presenter/1?lang=en&password=${REMOTE_PASSWORD}`)
    await page.locator('.slidev-page-1').first().waitFor()
    await browser.close()
  }
  catch (e) {
    await browserServer.close()
    await server.close()
    rmSync(hallDir, { recursive: true, force: true })
    throw e
  }
  // eslint-disable-next-line no-console
  console.log(`browser tests: shared dev server and Chromium ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${server.url})`)
  project.provide('devUrl', server.url)
  project.provide('remotePassword', REMOTE_PASSWORD)
  project.provide('browserWs', browserServer.wsEndpoint)
  project.provide('saveData', true)
  project.provide('hallDir', hallDir)
  project.provide('slideNumbers', slideNumbers)
  // a dev-server restart, as the presenter's Ctrl+C and `npm run dev` again: same port, same options
  const control = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/restart') {
      res.writeHead(404).end()
      return
    }
    void (async () => {
      await server.close()
      server = await startShared()
      res.writeHead(200).end(server.url)
    })().catch((e: Error) => res.writeHead(500).end(e.message))
  })
  const controlPort = shiftedPort(CONTROL_PORT)
  await new Promise<void>(resolve => control.listen(controlPort, '127.0.0.1', resolve))
  project.provide('restartUrl', `http://127.0.0.1:${controlPort}/restart`)
  return async () => {
    control.close()
    await browserServer.close()
    await server.close()
    rmSync(hallDir, { recursive: true, force: true })
  }
}
