// The export from its arguments to its exit code: build once, print the PDFs from that build (as many
// at a time as there are cores), check each one and rename it into place (scripts/export.ts says why this way).
import type { Kind } from '../../model/pdf-files'
import type { Deck } from './build'
import type { PrintJob } from './print'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import pLimit from 'p-limit'
import { languageCodes } from '../../i18n/core'
import { BILINGUAL, isBilingual, isHandout, pdfName } from '../../model/pdf-files'
import { findBrowser, NO_BROWSER_HELP } from '../browser'
import { buildForPrint, decksIn, OUTLINE_FILE, readOutline, writeOutline } from './build'
import { checkPdf } from './check'
import { cleanupSync, onSignals, tempDirs, tempFiles } from './cleanup'
import { EXIT, parseArgs, USAGE } from './cli'
import { printPdf } from './print'

/**
 * Ways to watch or disturb an export from outside (the tests use them: tests/export/export-with-hook.ts).
 * `print` writes the temporary PDF in place of Chromium (a test about what happens around the printing
 * need not print); `afterPrint` runs on each fresh temporary PDF, before it is checked and renamed into place.
 */
export interface ExportHooks {
  print?: (job: PrintJob) => Promise<void>
  afterPrint?: (file: string, job: { lang: string, kind: Kind }) => Promise<void> | void
}

interface Job {
  lang: string
  kind: Kind
  deck: Deck
  buildDir: string
  outDir: string
  executablePath: string
  scenario: [string, string][]
}

/**
 * How many PDFs print at once. Printing side by side beats one after the other (the README's figures), but
 * six Chromiums on two cores under other load made Slidev's exporter time out waiting for the slides.
 */
const PRINT_SLOTS = Math.max(2, availableParallelism() + 1)

/** How often one PDF is printed before its failure counts (see `printWithRetry`). */
const PRINT_ATTEMPTS = 2

/**
 * Prints one PDF, once more if Slidev's exporter still gave up waiting for the page's slides after the
 * longer waits print.ts gives its browser (a machine busy with more than the export can exceed even
 * those). Any other failure counts at once.
 */
async function printWithRetry(job: PrintJob): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await printPdf(job)
    }
    catch (e) {
      if (attempt >= PRINT_ATTEMPTS || !/Timeout \d+ms exceeded/.test((e as Error)?.message ?? ''))
        throw e
      console.log(`export: ${pdfName(job.lang, job.kind)}: the page's slides took too long to load; printing it again`)
    }
  }
}

/**
 * One PDF, written atomically: printed to a temporary file beside its target, checked, then renamed
 * over the target. On any failure the temporary file goes and the previous PDF stays as it was.
 */
async function exportOne(job: Job, hooks: ExportHooks): Promise<string> {
  const name = pdfName(job.lang, job.kind)
  const target = join(job.outDir, name)
  // same folder as the target, so the final rename is atomic; Slidev's exporter wants a .pdf name
  const temp = join(job.outDir, `.${name.replace(/\.pdf$/, '')}.${process.pid}.tmp.pdf`)
  tempFiles.add(temp)
  try {
    await (hooks.print ?? printWithRetry)({ ...job, output: temp })
    await hooks.afterPrint?.(temp, { lang: job.lang, kind: job.kind })
    await checkPdf(temp, job.deck.total)
    await rename(temp, target)
    return target
  }
  catch (e) {
    await rm(temp, { force: true })
    throw e
  }
  finally {
    tempFiles.delete(temp)
  }
}

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1)

/**
 * The export, from its command-line arguments; resolves to the exit code. The process-wide parts
 * (signals, exit) belong to `runCli`.
 */
export async function runExport(argv: readonly string[], hooks: ExportHooks = {}): Promise<number> {
  const args = parseArgs(argv)
  if (typeof args === 'string') {
    if (args)
      console.error(`export: ${args}`)
    console.error(USAGE)
    return args ? EXIT.usage : EXIT.ok
  }
  const started = performance.now()
  if (args.buildOnly) {
    try {
      // the build runs in its own process; meanwhile this one reads the slides in every language
      const [decks] = await Promise.all([decksIn(languageCodes()), buildForPrint(args.buildOnly)])
      writeOutline(args.buildOnly, decks)
    }
    catch (e) {
      console.error(`export: build failed: ${(e as Error).message}`)
      return EXIT.failed
    }
    console.log(`export: built for printing in ${seconds(started)} s → ${args.buildOnly}`)
    return EXIT.ok
  }
  const executablePath = findBrowser()
  if (!executablePath) {
    console.error(NO_BROWSER_HELP)
    return EXIT.noBrowser
  }
  mkdirSync(args.outDir, { recursive: true })
  const buildDir = args.fromBuild ?? mkdtempSync(join(tmpdir(), 'deck-export-'))
  if (!args.fromBuild)
    tempDirs.add(buildDir)
  let failed = 0
  try {
    console.log(args.fromBuild
      ? `export: printing ${args.langs.join(' + ')} from the build in ${args.fromBuild} (browser: ${executablePath})`
      : `export: building the deck once for ${args.langs.join(' + ')} (browser: ${executablePath})`)
    if (args.scenario.length)
      console.log(`export: calculators with the scenario ${new URLSearchParams(args.scenario).toString()}`)
    let decks: Map<string, Deck>
    try {
      // the build runs in its own process; meanwhile this one reads the slides in each language
      const partners = args.kinds.some(isBilingual) ? args.langs.map(l => BILINGUAL[l]).filter((l): l is string => !!l) : []
      const langs = [...new Set([...args.langs, ...partners])]
      // a build made with --build-only kept Slidev's reading of its slides (build.ts: OUTLINE_FILE)
      const kept = args.fromBuild ? readOutline(args.fromBuild, langs) : undefined
      if (args.fromBuild && !kept)
        console.log(`export: ${args.fromBuild} has no ${OUTLINE_FILE} for ${langs.join(' + ')}; reading the slides again`)
      ;[decks] = await Promise.all([kept ?? decksIn(langs), args.fromBuild ? undefined : buildForPrint(buildDir)])
      if (!args.fromBuild)
        console.log(`export: built in ${seconds(started)} s`)
    }
    catch (e) {
      console.error(`export: ${args.langs.join(', ')} failed: ${(e as Error).message}`)
      return EXIT.failed
    }
    // the bilingual slides and handout only for a language that leads a pair (zh + en)
    const jobs = args.langs.flatMap(lang => args.kinds.filter(kind => !isBilingual(kind) || BILINGUAL[lang]).map(kind => ({ lang, kind })))
    const deckFor = (lang: string, kind: Kind): Deck => isBilingual(kind)
      ? { ...decks.get(lang)!, second: decks.get(BILINGUAL[lang]!) }
      : decks.get(lang)!
    const limit = pLimit(PRINT_SLOTS)
    const results = await Promise.allSettled(jobs.map(({ lang, kind }) => limit(() =>
      exportOne({ lang, kind, deck: deckFor(lang, kind), buildDir, outDir: args.outDir, executablePath, scenario: args.scenario }, hooks))))
    results.forEach((r, i) => {
      const { lang, kind } = jobs[i]!
      const what = `${isBilingual(kind) ? `${lang}+${BILINGUAL[lang]}` : lang}${isHandout(kind) ? ' handout' : ''}`
      if (r.status === 'fulfilled') {
        console.log(`export: ${what} → ${r.value}`)
      }
      else {
        failed++
        console.error(`export: ${what} failed: ${(r.reason as Error)?.message ?? r.reason}; ${pdfName(lang, kind)} was not replaced`)
      }
    })
  }
  finally {
    cleanupSync()
  }
  console.log(`export: done in ${seconds(started)} s`)
  return failed ? EXIT.failed : EXIT.ok
}

/** `runExport` as a process: interrupting it (SIGINT/SIGTERM) removes what it started and exits 130/143. */
export function runCli(argv: readonly string[], hooks: ExportHooks = {}): void {
  onSignals()
  runExport(argv, hooks).then(code => process.exit(code), (e) => {
    console.error(`export: failed: ${(e as Error).stack ?? e}`)
    cleanupSync()
    process.exit(EXIT.failed)
  })
}
