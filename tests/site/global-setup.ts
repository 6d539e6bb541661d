// Made once per run for the tests of the static site (vitest `globalSetup`): the site as a reader's host
// serves it, `npm run build -- --base /talk/` with stand-in PDFs, behind a plain static file server,
// and one Chromium. Every file of tests/site/ reads it. The site has no server behind it, so these
// tests share no deck state with the browser tests' dev server: the two parts run side by side.
import type { TestProject } from 'vitest/node'
import type { Served } from '../../scripts/harness'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { allPdfs, pdfName } from '../../model/pdf-files'
import { findBrowser, NO_BROWSER_HELP } from '../../scripts/browser'
import { launchTestBrowserServer, ROOT, startStaticServer } from '../../scripts/harness'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the static site, its base included (`http://localhost:<port>/talk`). */
    siteUrl: string
    /** Folder the site was built into. */
    siteDir: string
  }
}

/** The sub-folder the site is served under, as on a host that is not the domain's root. */
export const SITE_BASE = '/talk/'
/** Port of the static site (before `E2E_PORT_OFFSET`). */
const SITE_PORT = 3421

/** Stand-ins for `npm run export`'s PDFs: the build copies them into the site and links them. */
const fakePdf = (what: string): string => `%PDF-1.4\n% stand-in for the ${what} PDF\n%%EOF\n`

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = findBrowser()
  if (!executablePath)
    throw new Error(NO_BROWSER_HELP)
  const started = performance.now()
  const work = mkdtempSync(join(tmpdir(), 'deck-site-'))
  const site = join(work, 'site')
  const pdfs = join(work, 'pdfs')
  mkdirSync(pdfs)
  for (const { lang, kind } of allPdfs(['en', 'zh']))
    writeFileSync(join(pdfs, pdfName(lang, kind)), fakePdf(`${lang}:${kind}`))
  // Chromium starts while the site builds
  const launching = launchTestBrowserServer(executablePath)
  let server: Served | undefined
  let browserServer: Awaited<typeof launching> | undefined
  try {
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--base', SITE_BASE, '--out', site, '--pdfs', pdfs], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 })
      .catch((e: { code?: number, stdout?: string, stderr?: string }) => {
        throw new Error(`build failed (${e.code}):\n${e.stdout}\n${e.stderr}`)
      })
    browserServer = await launching
    server = await startStaticServer(site, SITE_PORT, SITE_BASE)
  }
  catch (e) {
    await (browserServer ?? await launching.catch(() => undefined))?.close()
    await server?.close()
    rmSync(work, { recursive: true, force: true })
    throw e
  }
  // eslint-disable-next-line no-console
  console.log(`site tests: static site built and served, Chromium ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${server.url})`)
  project.provide('siteUrl', server.url)
  project.provide('siteDir', site)
  project.provide('browserWs', browserServer.wsEndpoint)
  project.provide('saveData', false)
  return async () => {
    await browserServer.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}
