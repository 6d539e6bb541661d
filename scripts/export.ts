// `npm run export`: the deck as one PDF per language (exports/ai-energy-en.pdf, exports/ai-energy-zh.pdf)
// and a handout per language (exports/ai-energy-<lang>-handout.pdf: each slide with its notes, A4).
//
// How, and why this way (measured on 2 cores, see README): the slow part of `slidev export` is Vite
// compiling the deck on demand for the print page (~10 s); printing itself takes ~3 s. Two `slidev export`
// processes side by side fight over Vite's dependency cache and take longer than running one after
// the other. So: build the deck once (a static build with the print route and no pinned language),
// then print every language at the same time from it, each through Slidev's own exporter (same page
// size, waits, PDF title and outline as `slidev export`) at `/print?lang=<code>`. The handout goes
// through the same exporter: its server sends the exporter's `/print` to the deck's `/handout` page
// (pages/HandoutPage.vue, one A4 page per slide: the slide, then its notes in that language).
// The bilingual PDF (exports/ai-energy-zh-en.pdf) is the slides printed from
// `/print?lang=zh&also=en`: Chinese leading, English beneath, outline titles in both languages.
//
// Usage: tsx scripts/export.ts [--lang en|zh] [--only slides,handout,bilingual] [--out <dir>] [--scenario <query>]
//        [--from-build <dir>]
// The calculators print the article's values, or the scenario of `--scenario`, which the
// static server adds to the print window's address (components/calc/state.ts reads it there).
// Exit codes: 0 written; 1 an export failed (nothing replaced for that language); 2 no browser found;
// 64 bad arguments; 130/143 interrupted (SIGINT/SIGTERM), temp files removed.
import type { ChildProcess } from 'node:child_process'
import type { Kind } from '../model/pdf-files'
import type { StaticServer } from './static-server'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { createBundledI18n } from '../i18n/bundled'
import { languageCodes, parseLang } from '../i18n/core'
import { BILINGUAL, KINDS, pdfName } from '../model/pdf-files'
import { decodeScenario, encodeScenario } from '../model/scenario-params'
import { findBrowser, NO_BROWSER_HELP } from './browser'
import { serveStatic } from './static-server'

const ROOT = resolve(import.meta.dirname, '..')
const ENTRY = join(ROOT, 'slides.md')
export type { Kind }

/**
 * Ways to watch or disturb an export from outside (the tests use them: tests/export/export-with-hook.ts).
 * `afterPrint` runs on each fresh temporary PDF, before it is checked and renamed into place.
 */
export interface ExportHooks {
  afterPrint?: (file: string, job: { lang: string, kind: Kind }) => Promise<void> | void
}

export const EXIT = { ok: 0, failed: 1, noBrowser: 2, usage: 64 } as const

const USAGE = `Usage: npm run export -- [--lang ${languageCodes().join('|')}] [--only ${KINDS.join(',')}] [--out <dir>]
  --lang <code>  export one language only (default: every language)
  --only <kinds> the slides, the handouts or the bilingual slides only, or a comma list of them (default: all)
  --out <dir>    where the PDFs go (default: exports/)
  --from-build <dir>  print from an export build made earlier (\`npm run export -- --build-only <dir>\`)
                 instead of building the deck again
  --build-only <dir>  build the deck for printing into <dir> and print nothing
  --scenario <q> print the calculators with the scenario of an address query, e.g.
                 "train.gpus=50000&train.pue=1.2" (default: the article's values)
Env: CHROMIUM_PATH  the Chromium/Chrome executable (default: searched in the usual places)`

export interface Args {
  langs: string[]
  kinds: Kind[]
  outDir: string
  scenario: [string, string][]
  /** An export build made earlier, printed from instead of building again. */
  fromBuild?: string
  /** Only build the deck for printing, into this folder. */
  buildOnly?: string
}

/**
 * The calculator parameters of `--scenario` (an address query, or a whole address), normalized; a
 * message when a parameter fails its field's rule or there is none (the export would not show it).
 */
export function parseScenarioArg(text: string | undefined): [string, string][] | string {
  if (!text)
    return '--scenario needs an address query, e.g. "train.gpus=50000&train.pue=1.2"'
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text
  const decoded = decodeScenario(new URLSearchParams(query.split('#')[0]))
  if (!decoded.present)
    return `--scenario has no calculator parameter (train.*, fleet.*, req.*): ${text}`
  if (decoded.issues.length)
    return `--scenario: ${decoded.issues.map(i => `${i.calculator}.${i.field}: ${i.reason}`).join(', ')}`
  return encodeScenario(decoded.state)
}

export function parseArgs(argv: string[]): Args | string {
  let langs = languageCodes()
  let kinds = [...KINDS]
  let outDir = join(ROOT, 'exports')
  let scenario: [string, string][] = []
  let fromBuild: string | undefined
  let buildOnly: string | undefined
  for (let i = 0; i < argv.length; i++) {
    // split at the first '=' only: a scenario query holds more of them
    const eq = argv[i].indexOf('=')
    const [flag, inline] = eq < 0 ? [argv[i], undefined] : [argv[i].slice(0, eq), argv[i].slice(eq + 1)]
    const value = () => inline ?? argv[++i]
    if (flag === '--lang') {
      const code = parseLang(value())
      if (!code)
        return `unknown language; use one of ${languageCodes().join(', ')}`
      langs = [code]
    }
    else if (flag === '--only') {
      const asked = (value() ?? '').split(',') // once: value() moves to the next argument
      const chosen = KINDS.filter(k => asked.includes(k))
      if (!asked.length || chosen.length !== new Set(asked).size)
        return `--only takes ${KINDS.join(' or ')}, or a comma list of them`
      kinds = chosen
    }
    else if (flag === '--from-build' || flag === '--build-only') {
      const dir = value()
      if (!dir)
        return `${flag} needs a folder`
      if (flag === '--from-build') {
        fromBuild = resolve(dir)
        if (!existsSync(join(fromBuild, 'index.html')))
          return `--from-build: ${fromBuild} holds no build (no index.html)`
      }
      else {
        buildOnly = resolve(dir)
      }
    }
    else if (flag === '--out') {
      const dir = value()
      if (!dir)
        return '--out needs a folder'
      outDir = resolve(dir)
    }
    else if (flag === '--scenario') {
      const parsed = parseScenarioArg(value())
      if (typeof parsed === 'string')
        return parsed
      scenario = parsed
    }
    else if (flag === '--help' || flag === '-h') {
      return ''
    }
    else {
      return `unknown argument ${argv[i]}`
    }
  }
  return { langs, kinds, outDir, scenario, fromBuild, buildOnly }
}

// ---- what must be undone if we stop early -------------------------------------------------------

const tempFiles = new Set<string>()
const tempDirs = new Set<string>()
const children = new Set<ChildProcess>()
const servers = new Set<StaticServer>()

function cleanupSync(): void {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    }
    catch {}
  }
  for (const server of servers) void server.close()
  for (const file of tempFiles) rmSync(file, { force: true })
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
}

function onSignals(): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      console.error(`\nexport: interrupted (${signal}); no PDF was replaced, temporary files removed.`)
      cleanupSync()
      process.exit(code)
    })
  }
}

// ---- steps --------------------------------------------------------------------------------------

/** `slidev build` of the deck with the print route and the language chosen by `?lang=` (vite.config.ts). */
export async function buildForPrint(outDir: string): Promise<void> {
  const child = spawn(join(ROOT, 'node_modules/.bin/slidev'), ['build', ENTRY, '--out', outDir], {
    cwd: ROOT,
    env: { ...process.env, DECK_EXPORT_BUILD: '1', VITE_DECK_LANG: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  children.add(child)
  let log = ''
  const append = (d: unknown): void => {
    log += String(d)
  }
  child.stdout!.on('data', append)
  child.stderr!.on('data', append)
  const code = await new Promise<number | null>((r) => {
    child.on('error', () => r(-1))
    child.on('close', r)
  })
  children.delete(child)
  if (code !== 0)
    throw new Error(`slidev build failed (exit ${code}):\n${log.trim().split('\n').slice(-20).join('\n')}`)
}

/**
 * The shared static server over the build, for one language and kind. Slidev's exporter loads
 * `/print?print=true` and cannot add a query of ours: the server adds `lang=<lang>`, and for the
 * handout sends it to the deck's `/handout` page instead.
 */
async function serveBuild(dir: string, lang: string, kind: Kind, scenario: [string, string][]): Promise<number> {
  const page = kind === 'handout' ? '/handout' : '/print'
  const also = kind === 'bilingual' ? BILINGUAL[lang] : undefined
  const server = await serveStatic(dir, {
    redirect: (url) => {
      if (url.pathname !== '/print' && url.pathname !== page)
        return undefined
      if (url.pathname === page && url.searchParams.get('lang') === lang && (url.searchParams.get('also') ?? undefined) === also)
        return undefined
      url.searchParams.set('lang', lang)
      if (also)
        url.searchParams.set('also', also)
      for (const [name, value] of scenario)
        url.searchParams.set(name, value)
      return `${page}${url.search}`
    },
  })
  servers.add(server)
  return server.port
}

/** Slidev's exporter from its installed package (not part of its public entry point). */
async function slidevExporter(): Promise<{ exportSlides: (o: Record<string, unknown>) => Promise<string>, getExportOptions: (args: Record<string, unknown>, options: unknown, out?: string) => Record<string, unknown> }> {
  const dist = join(ROOT, 'node_modules/@slidev/cli/dist')
  const file = readdirSync(dist).find(f => /^export-[\w-]+\.mjs$/.test(f))
  const mod = file ? await import(pathToFileURL(join(dist, file)).href) : undefined
  if (typeof mod?.exportSlides !== 'function' || typeof mod?.getExportOptions !== 'function')
    throw new Error(`Slidev's exporter was not found in ${dist} (is @slidev/cli 52.x installed?)`)
  return mod
}

/**
 * Slidev's view of the deck in each language: the slides with their titles pinned to it
 * (setup/preparser.ts reads VITE_DECK_LANG in 'export' mode), for the PDF title and outline.
 * Sequential: the language is an environment variable of this process.
 */
async function decksIn(langs: string[]): Promise<Map<string, Deck>> {
  const { resolveOptions } = await import('@slidev/cli')
  // Slidev's CLI registers the project's preparser this way; its node API does not.
  const { injectPreparserExtensionLoader } = await import('@slidev/parser/fs')
  const { default: preparser } = await import('../setup/preparser')
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) =>
    (preparser as unknown as (ctx: object) => Promise<never[]>)({ filepath, headmatter, mode }))
  const before = process.env.VITE_DECK_LANG
  const decks = new Map<string, Deck>()
  try {
    for (const lang of langs) {
      process.env.VITE_DECK_LANG = lang
      const options = await resolveOptions({ entry: ENTRY }, 'export')
      decks.set(lang, { options: options as Deck['options'], total: options.data.slides.length })
    }
  }
  finally {
    if (before === undefined)
      delete process.env.VITE_DECK_LANG
    else process.env.VITE_DECK_LANG = before
  }
  return decks
}

/** Page count from `pdfinfo` (poppler), or undefined when it is not installed. */
function pdfinfoPages(file: string): number | undefined {
  let out: string
  try {
    out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return undefined
    throw new Error(`pdfinfo cannot read it: ${String((e as { stderr?: string }).stderr ?? e).trim()}`)
  }
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0)
}

/** Throws unless `file` is a complete PDF with `pages` pages (page count checked when pdfinfo exists). */
export async function checkPdf(file: string, pages: number): Promise<void> {
  const size = statSync(file).size
  if (size < 1024)
    throw new Error(`the PDF is only ${size} bytes`)
  const fh = await open(file, 'r')
  try {
    const head = Buffer.alloc(5)
    await fh.read(head, 0, 5, 0)
    const tail = Buffer.alloc(Math.min(1024, size))
    await fh.read(tail, 0, tail.length, size - tail.length)
    if (head.toString('latin1') !== '%PDF-')
      throw new Error('the file does not start with %PDF-')
    if (!tail.toString('latin1').trimEnd().endsWith('%%EOF'))
      throw new Error('the PDF is truncated (no %%EOF at its end)')
  }
  finally { await fh.close() }
  const found = pdfinfoPages(file)
  if (found !== undefined && found !== pages)
    throw new Error(`the PDF has ${found} pages, the deck ${pages} slides`)
}

interface Deck { options: { data: { slides: { title?: string }[] } }, total: number, second?: Deck }

/** The handout's document title and first bookmark: the deck's title, then "Handout" in that language. */
function handoutSlides(lang: string, slides: Deck['options']['data']['slides']): Deck['options']['data']['slides'] {
  const t = createBundledI18n(lang).t
  const [first, ...rest] = slides
  return first ? [{ ...first, title: t('app.handoutTitle', { title: first.title ?? t('deck.title') }) }, ...rest] : slides
}

/** The bilingual PDF's document title and outline: each slide's title in both languages ("中文标题 / English title"). */
function bilingualSlides(lead: Deck['options']['data']['slides'], second: Deck['options']['data']['slides']): Deck['options']['data']['slides'] {
  return lead.map((s, i) => {
    const other = second[i]?.title
    return s.title && other && other !== s.title ? { ...s, title: `${s.title} / ${other}` } : s
  })
}

/** How long Slidev's exporter waits for a print page and its slides to load. */
const PRINT_TIMEOUT_MS = 180_000

async function exportOne(lang: string, kind: Kind, deck: Deck, buildDir: string, outDir: string, executablePath: string, hooks: ExportHooks, scenario: [string, string][] = []): Promise<string> {
  const name = pdfName(lang, kind)
  const target = join(outDir, name)
  // same folder as the target, so the final rename is atomic; Slidev's exporter wants a .pdf name
  const temp = join(outDir, `.${name.replace(/\.pdf$/, '')}.${process.pid}.tmp.pdf`)
  tempFiles.add(temp)
  try {
    const { exportSlides, getExportOptions } = await slidevExporter()
    const { options, total } = deck
    const port = await serveBuild(buildDir, lang, kind, scenario)
    // Slidev's 30 s wait for a page's slides is too short for the handout (every slide and its notes
    // on one page) on a busy 2-core machine; a slow laptop should not fail the export either
    const settings = getExportOptions({ entry: ENTRY, output: temp, executablePath, withToc: true, timeout: PRINT_TIMEOUT_MS }, options)
    if (kind === 'handout')
      settings.slides = handoutSlides(lang, options.data.slides)
    if (kind === 'bilingual' && deck.second)
      settings.slides = bilingualSlides(options.data.slides, deck.second.options.data.slides)
    await exportSlides({ port, ...settings })
    await hooks.afterPrint?.(temp, { lang, kind })
    await checkPdf(temp, total)
    await rename(temp, target)
    tempFiles.delete(temp)
    return target
  }
  catch (e) {
    await rm(temp, { force: true })
    tempFiles.delete(temp)
    throw e
  }
}

/**
 * The export, from its command-line arguments; resolves to the exit code. The process-wide parts
 * (signals, exit) belong to `runCli`.
 */
export async function runExport(argv: string[], hooks: ExportHooks = {}): Promise<number> {
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
      await buildForPrint(args.buildOnly)
    }
    catch (e) {
      console.error(`export: build failed: ${(e as Error).message}`)
      return EXIT.failed
    }
    console.log(`export: built for printing in ${((performance.now() - started) / 1000).toFixed(1)} s → ${args.buildOnly}`)
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
    let decks: Awaited<ReturnType<typeof decksIn>>
    try {
      // the build runs in its own process; meanwhile this one reads the slides in each language
      const needed = [...new Set([...args.langs, ...args.kinds.includes('bilingual') ? args.langs.map(l => BILINGUAL[l]).filter((l): l is string => !!l) : []])]
      ;[decks] = await Promise.all([decksIn(needed), args.fromBuild ? undefined : buildForPrint(buildDir)])
      if (!args.fromBuild)
        console.log(`export: built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    catch (e) {
      console.error(`export: ${args.langs.join(', ')} failed: ${(e as Error).message}`)
      return EXIT.failed
    }
    // the bilingual slides only for a language that leads a pair (zh + en)
    const jobs = args.langs.flatMap(lang => args.kinds.filter(kind => kind !== 'bilingual' || BILINGUAL[lang]).map(kind => ({ lang, kind })))
    const deckFor = (lang: string, kind: Kind): Deck => kind === 'bilingual'
      ? { ...decks.get(lang)!, second: decks.get(BILINGUAL[lang]!) }
      : decks.get(lang)!
    const results = await Promise.allSettled(jobs.map(({ lang, kind }) => exportOne(lang, kind, deckFor(lang, kind), buildDir, args.outDir, executablePath, hooks, args.scenario)))
    results.forEach((r, i) => {
      const { lang, kind } = jobs[i]
      const what = kind === 'handout' ? `${lang} handout` : kind === 'bilingual' ? `${lang}+${BILINGUAL[lang]}` : lang
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
    tempDirs.clear()
    servers.clear()
  }
  console.log(`export: done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return failed ? EXIT.failed : EXIT.ok
}

/** `runExport` as a process: interrupting it (SIGINT/SIGTERM) removes what it started and exits 130/143. */
export function runCli(argv: string[], hooks: ExportHooks = {}): void {
  onSignals()
  runExport(argv, hooks).then(code => process.exit(code), (e) => {
    console.error(`export: failed: ${(e as Error).stack ?? e}`)
    cleanupSync()
    process.exit(EXIT.failed)
  })
}

// Only when run as a script (the tests import checkPdf and pdfName, and run it with hooks).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  runCli(process.argv.slice(2))
