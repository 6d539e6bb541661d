// One dev server and one Chromium for every browser test file, started once per run (vitest
// `globalSetup`). Files connect to them (tests/e2e/shared.ts); only the tests about a server restart
// start a server of their own. The deck is loaded once here, so Vite has compiled its
// modules before the first test and no test pays for a cold server.
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER_HELP } from '../../scripts/browser'
import { startDevServer } from '../../scripts/harness'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the shared dev server (`http://localhost:<port>`). */
    devUrl: string
    /** Password of the shared dev server's presenter view (it runs with `--remote <password>`). */
    remotePassword: string
    /** Playwright endpoint of the shared Chromium. */
    browserWs: string
    /**
     * Where the shared server looks for the hall bundle (`DECK_HALL_DIR`): empty, so phones join the
     * dev server, until tests/e2e/hall.test.ts builds the bundle there (and empties it again).
     */
    hallDir: string
  }
}

/** Port of the shared dev server (before `E2E_PORT_OFFSET`). */
export const SHARED_PORT = 3401
/** The shared server runs as for a hall, `--remote <password>` (tests/e2e/shared.ts: presenterPath). */
const REMOTE_PASSWORD = 'stage-door-42'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findBrowser()
  if (!executablePath)
    throw new Error(NO_BROWSER_HELP)
  const started = performance.now()
  const hallDir = mkdtempSync(join(tmpdir(), 'deck-e2e-hall-'))
  const [server, browserServer] = await Promise.all([
    startDevServer(SHARED_PORT, { DECK_HALL_DIR: hallDir }, ['--remote', REMOTE_PASSWORD]),
    chromium.launchServer({ executablePath, args: CHROMIUM_ARGS }),
  ])
  try {
    // warm-up: the audience view walks every slide once, the presenter view and the overview load,
    // so each module of the deck has been transformed by Vite
    const browser = await chromium.connect(browserServer.wsEndpoint())
    const page = await browser.newPage()
    page.setDefaultTimeout(180_000)
    await page.goto(`${server.url}/1?lang=en&also=`)
    await page.locator('.slidev-page-1:visible').first().waitFor()
    const total = await page.evaluate(() => (window as any).__slidev__.nav.total as number)
    for (let no = 2; no <= total; no++) {
      await page.evaluate(n => (window as any).__slidev__.nav.go(n), no)
      await page.locator(`.slidev-page-${no}:visible`).first().waitFor()
    }
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
  project.provide('browserWs', browserServer.wsEndpoint())
  project.provide('hallDir', hallDir)
  return async () => {
    await browserServer.close()
    await server.close()
    rmSync(hallDir, { recursive: true, force: true })
  }
}
