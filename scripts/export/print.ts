// Printing one PDF from the export build: a static server that sends Slidev's exporter to the page of
// that language and kind, and Slidev's own exporter (its page size, waits, PDF title and outline).
import type { Kind } from '../../model/pdf-files'
import type { Deck, Slide } from './build'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createBundledI18n } from '../../i18n/bundled'
import { BILINGUAL, isBilingual, isHandout } from '../../model/pdf-files'
import { DECK_ENTRY } from '../slidev'
import { serveStatic } from '../static-server'
import { servers } from './cleanup'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * The shared static server over the build, for one language and kind. Slidev's exporter loads
 * `/print?print=true` and cannot add a query of ours: the server adds `lang=<lang>` (and `also=<second>`
 * for the bilingual kinds), and for a handout sends it to the deck's `/handout` page instead.
 */
async function serveBuild(dir: string, lang: string, kind: Kind, scenario: readonly [string, string][]): Promise<number> {
  const page = isHandout(kind) ? '/handout' : '/print'
  const also = isBilingual(kind) ? BILINGUAL[lang] : undefined
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

interface SlidevExporter {
  exportSlides: (o: Record<string, unknown>) => Promise<string>
  getExportOptions: (args: Record<string, unknown>, options: unknown, out?: string) => Record<string, unknown>
}

/**
 * Slidev's exporter from its installed package (not part of its public entry point), with Slidev's roots
 * set to the deck's: the exporter looks for playwright-chromium from them, and only Slidev's reading of
 * the deck sets them, which a print from a build's kept outline (build.ts: readOutline) skips.
 */
async function slidevExporter(): Promise<SlidevExporter> {
  const dist = join(ROOT, 'node_modules/@slidev/cli/dist')
  const file = readdirSync(dist).find(f => /^export-[\w-]+\.mjs$/.test(f))
  const mod: Partial<SlidevExporter> | undefined = file ? await import(pathToFileURL(join(dist, file)).href) : undefined
  const roots = file ? /import \{[^}]*?\b(\w+) as getRoots\b[^}]*\} from "\.\/(resolver-[\w-]+\.mjs)"/.exec(readFileSync(join(dist, file), 'utf8')) : null
  const getRoots: unknown = roots ? (await import(pathToFileURL(join(dist, roots[2]!)).href))[roots[1]!] : undefined
  if (typeof mod?.exportSlides !== 'function' || typeof mod?.getExportOptions !== 'function' || typeof getRoots !== 'function')
    throw new Error(`Slidev's exporter was not found in ${dist} (is @slidev/cli 52.x installed?)`)
  await (getRoots as (entry: string) => Promise<unknown>)(resolve(ROOT, DECK_ENTRY))
  return { exportSlides: mod.exportSlides, getExportOptions: mod.getExportOptions }
}

/** A handout's document title and first bookmark: the deck's title (in both languages for the bilingual one), then "Handout" in the leading language. */
function handoutSlides(lang: string, slides: readonly Slide[]): Slide[] {
  const t = createBundledI18n(lang).t
  const [first, ...rest] = slides
  return first ? [{ ...first, title: t('app.handoutTitle', { title: first.title ?? t('deck.title') }) }, ...rest] : [...slides]
}

/** The bilingual PDF's document title and outline: each slide's title in both languages ("中文标题 / English title"). */
function bilingualSlides(lead: readonly Slide[], second: readonly Slide[]): Slide[] {
  return lead.map((s, i) => {
    const other = second[i]?.title
    return s.title && other && other !== s.title ? { ...s, title: `${s.title} / ${other}` } : s
  })
}

export interface PrintJob {
  lang: string
  kind: Kind
  /** Slidev's view of the deck in `lang` (with the second language's for the bilingual kinds). */
  deck: Deck
  /** The export build to print from. */
  buildDir: string
  /** The PDF to write. */
  output: string
  executablePath: string
  scenario: readonly [string, string][]
}

/** How long Slidev's exporter may wait for a page's slides and marks to load (ms). */
const WAIT_MS = 120_000
let launchedWithLongerWaits = 0

/**
 * Slidev's exporter waits for the page's slides with Playwright's default of 30 s, which its options do
 * not reach, and every PDF printing side by side on a busy machine can take longer. It launches the
 * browser from the project's playwright-chromium, the module this process loads too: each context of a
 * browser launched from it waits up to WAIT_MS instead.
 */
async function lengthenPlaywrightWaits(): Promise<void> {
  const { chromium } = await import('playwright-chromium')
  if ((chromium as { deckLongerWaits?: true }).deckLongerWaits)
    return
  const launch = chromium.launch.bind(chromium)
  chromium.launch = async (options) => {
    const browser = await launch(options)
    const newContext = browser.newContext.bind(browser)
    browser.newContext = async (contextOptions) => {
      const context = await newContext(contextOptions)
      context.setDefaultTimeout(WAIT_MS)
      launchedWithLongerWaits++
      return context
    }
    return browser
  }
  Object.assign(chromium, { deckLongerWaits: true })
}

/** Prints one PDF into `job.output`, unchecked. */
export async function printPdf(job: PrintJob): Promise<void> {
  await lengthenPlaywrightWaits()
  const { exportSlides, getExportOptions } = await slidevExporter()
  const { options } = job.deck
  const port = await serveBuild(job.buildDir, job.lang, job.kind, job.scenario)
  // the page load's own wait, which the options do reach, as long as the others
  const settings = getExportOptions({ entry: DECK_ENTRY, output: job.output, executablePath: job.executablePath, withToc: true, timeout: WAIT_MS }, options)
  let slides = options.data.slides
  if (isBilingual(job.kind) && job.deck.second)
    slides = bilingualSlides(slides, job.deck.second.options.data.slides)
  if (isHandout(job.kind))
    slides = handoutSlides(job.lang, slides)
  settings.slides = slides
  const before = launchedWithLongerWaits
  await exportSlides({ port, ...settings })
  if (launchedWithLongerWaits === before)
    console.warn('export: Slidev\'s exporter did not use this process\'s playwright-chromium; its waits stay at 30 s')
}
