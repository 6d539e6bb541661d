// `npm run export`: the deck as one PDF per language (exports/ai-energy-en.pdf, exports/ai-energy-zh.pdf).
//
// How, and why this way (measured on 2 cores, see README): the slow part of `slidev export` is Vite
// compiling the deck on demand for the print page (~10 s); printing itself takes ~3 s. Two `slidev export`
// processes side by side fight over Vite's dependency cache and take longer than running one after
// the other. So: build the deck once (a static build with the print route and no pinned language),
// then print every language at the same time from it, each through Slidev's own exporter (same page
// size, waits, PDF title and outline as `slidev export`) at `/print?lang=<code>`.
//
// Usage: tsx scripts/export.ts [--lang en|zh] [--out <dir>]
// Exit codes: 0 written; 1 an export failed (nothing replaced for that language); 2 no browser found;
// 64 bad arguments; 130/143 interrupted (SIGINT/SIGTERM), temp files removed.
import type { ChildProcess } from 'node:child_process'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { open, rename, rm, truncate } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { languageCodes, parseLang } from '../i18n/core'
import { findBrowser, NO_BROWSER_HELP } from './browser'

const ROOT = resolve(import.meta.dirname, '..')
const ENTRY = join(ROOT, 'slides.md')
/** The file name of a language's PDF. */
export const pdfName = (lang: string): string => `ai-energy-${lang}.pdf`

export const EXIT = { ok: 0, failed: 1, noBrowser: 2, usage: 64 } as const

const USAGE = `Usage: npm run export -- [--lang ${languageCodes().join('|')}] [--out <dir>]
  --lang <code>  export one language only (default: every language)
  --out <dir>    where the PDFs go (default: exports/)
Env: CHROMIUM_PATH  the Chromium/Chrome executable (default: searched in the usual places)`

interface Args { langs: string[], outDir: string }

function parseArgs(argv: string[]): Args | string {
  let langs = languageCodes()
  let outDir = join(ROOT, 'exports')
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--lang') {
      const code = parseLang(value())
      if (!code)
        return `unknown language; use one of ${languageCodes().join(', ')}`
      langs = [code]
    }
    else if (flag === '--out') {
      const dir = value()
      if (!dir)
        return '--out needs a folder'
      outDir = resolve(dir)
    }
    else if (flag === '--help' || flag === '-h') {
      return ''
    }
    else {
      return `unknown argument ${argv[i]}`
    }
  }
  return { langs, outDir }
}

// ---- what must be undone if we stop early -------------------------------------------------------

const tempFiles = new Set<string>()
const tempDirs = new Set<string>()
const children = new Set<ChildProcess>()
const servers = new Set<Server>()

function cleanupSync(): void {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    }
    catch {}
  }
  for (const server of servers) server.close()
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
async function buildForPrint(outDir: string): Promise<void> {
  const child = spawn(join(ROOT, 'node_modules/.bin/slidev'), ['build', ENTRY, '--out', outDir], {
    cwd: ROOT,
    env: { ...process.env, DECK_EXPORT_BUILD: '1', VITE_DECK_LANG: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  children.add(child)
  let log = ''
  child.stdout!.on('data', (d) => {
    log += String(d)
  })
  child.stderr!.on('data', (d) => {
    log += String(d)
  })
  const code = await new Promise<number | null>((r) => {
    child.on('error', () => r(-1))
    child.on('close', r)
  })
  children.delete(child)
  if (code !== 0)
    throw new Error(`slidev build failed (exit ${code}):\n${log.trim().split('\n').slice(-20).join('\n')}`)
}

/**
 * A static server over the build, for one language: `/print` without `?lang=` is redirected to
 * `/print?…&lang=<lang>` (Slidev's exporter loads `/print?print=true` and cannot add a query of ours).
 */
async function serveBuild(dir: string, lang: string): Promise<number> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/print' && url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang)
      res.writeHead(302, { location: `${url.pathname}${url.search}` }).end()
      return
    }
    let file = normalize(join(dir, decodeURIComponent(url.pathname)))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.png': 'image/png' }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  servers.add(server)
  // Slidev's exporter asks for http://localhost:<port>; Chromium resolves that to loopback.
  await new Promise<void>((r, j) => server.once('error', j).listen(0, '127.0.0.1', r))
  return (server.address() as AddressInfo).port
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
async function decksIn(langs: string[]): Promise<Map<string, { options: unknown, total: number }>> {
  const { resolveOptions } = await import('@slidev/cli')
  // Slidev's CLI registers the project's preparser this way; its node API does not.
  const { injectPreparserExtensionLoader } = await import('@slidev/parser/fs')
  const { default: preparser } = await import('../setup/preparser')
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) =>
    (preparser as unknown as (ctx: object) => Promise<never[]>)({ filepath, headmatter, mode }))
  const before = process.env.VITE_DECK_LANG
  const decks = new Map<string, { options: unknown, total: number }>()
  try {
    for (const lang of langs) {
      process.env.VITE_DECK_LANG = lang
      const options = await resolveOptions({ entry: ENTRY }, 'export')
      decks.set(lang, { options, total: options.data.slides.length })
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

async function exportLanguage(lang: string, deck: { options: unknown, total: number }, buildDir: string, outDir: string, executablePath: string): Promise<string> {
  const target = join(outDir, pdfName(lang))
  // same folder as the target, so the final rename is atomic; Slidev's exporter wants a .pdf name
  const temp = join(outDir, `.${pdfName(lang).replace(/\.pdf$/, '')}.${process.pid}.tmp.pdf`)
  tempFiles.add(temp)
  try {
    const { exportSlides, getExportOptions } = await slidevExporter()
    const { options, total } = deck
    const port = await serveBuild(buildDir, lang)
    await exportSlides({
      port,
      ...getExportOptions({ entry: ENTRY, output: temp, executablePath, withToc: true }, options),
    })
    // Test hooks (tests/export/failure.test.ts), DECK_EXPORT_TEST=<what>:<lang>: `truncate` cuts the
    // fresh PDF in half, as a crash mid-write would; `hold` waits with it unfinished, to be interrupted.
    const hook = process.env.DECK_EXPORT_TEST
    if (hook === `truncate:${lang}`)
      await truncate(temp, Math.floor(statSync(temp).size / 2))
    if (hook === `hold:${lang}`) {
      console.log(`export: ${lang} held before its check (test hook)`)
      await new Promise(r => setTimeout(r, 60_000))
    }
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

async function main(): Promise<number> {
  onSignals()
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    if (args)
      console.error(`export: ${args}`)
    console.error(USAGE)
    return args ? EXIT.usage : EXIT.ok
  }
  const executablePath = findBrowser()
  if (!executablePath) {
    console.error(NO_BROWSER_HELP)
    return EXIT.noBrowser
  }
  const started = performance.now()
  mkdirSync(args.outDir, { recursive: true })
  const buildDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
  tempDirs.add(buildDir)
  let failed = 0
  try {
    console.log(`export: building the deck once for ${args.langs.join(' + ')} (browser: ${executablePath})`)
    let decks: Awaited<ReturnType<typeof decksIn>>
    try {
      // the build runs in its own process; meanwhile this one reads the slides in each language
      [decks] = await Promise.all([decksIn(args.langs), buildForPrint(buildDir)])
      console.log(`export: built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    catch (e) {
      console.error(`export: ${args.langs.join(', ')} failed: ${(e as Error).message}`)
      return EXIT.failed
    }
    const results = await Promise.allSettled(args.langs.map(lang => exportLanguage(lang, decks.get(lang)!, buildDir, args.outDir, executablePath)))
    results.forEach((r, i) => {
      const lang = args.langs[i]
      if (r.status === 'fulfilled') {
        console.log(`export: ${lang} → ${r.value}`)
      }
      else {
        failed++
        console.error(`export: ${lang} failed: ${(r.reason as Error)?.message ?? r.reason}; ${pdfName(lang)} was not replaced`)
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

// Only when run as a script (the tests import checkPdf and pdfName).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(code => process.exit(code), (e) => {
    console.error(`export: failed: ${(e as Error).stack ?? e}`)
    cleanupSync()
    process.exit(EXIT.failed)
  })
}
