// The deck for printing: one static build with the print route (Slidev's `slidev build`), and Slidev's
// own reading of the deck in each language (slide titles for the PDF's title and outline). A build made
// with `--build-only` keeps that reading beside it (deck-outline.json), so printing from it later
// (`--from-build`) needs no second reading: the titles are those of the slides that were built.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import preparser from '../../setup/preparser'
import { DECK_ENTRY, runSlidev } from '../slidev'
import { children } from './cleanup'

/** `slidev build` of the deck with the print route and the language chosen by `?lang=` (vite.config.ts). */
export async function buildForPrint(outDir: string): Promise<void> {
  let started: Parameters<typeof children.add>[0] | undefined
  try {
    await runSlidev(['build', DECK_ENTRY, '--out', outDir], {
      env: { DECK_EXPORT_BUILD: '1', VITE_DECK_LANG: '' },
      onStart: (child) => {
        started = child
        children.add(child)
      },
    })
  }
  finally {
    if (started)
      children.delete(started)
  }
}

/** What Slidev's exporter reads of a slide: its place, its title and the title's heading level (the PDF outline). */
export interface Slide { index?: number, title?: string, level?: number, frontmatter?: { hideInToc?: boolean } }
/**
 * Slidev's view of the deck in one language, as its exporter reads it (`getExportOptions`, `exportSlides`):
 * the deck's settings (page size, export options) and its slides, and how many.
 */
export interface Deck { options: { data: { config: object, slides: Slide[] } }, total: number, second?: Deck }

/** The settings of the deck Slidev's exporter reads (`getExportOptions` in @slidev/cli's export module). */
const EXPORTER_CONFIG = ['export', 'exportFilename', 'colorSchema', 'routerMode', 'canvasWidth', 'aspectRatio'] as const

/** The file beside an export build that holds Slidev's view of the deck in each language. */
export const OUTLINE_FILE = 'deck-outline.json'

/** Only what the exporter reads of a deck: a few settings and each slide's place, title and level. */
export function exporterView(deck: Deck): Deck {
  const { slides } = deck.options.data
  const config = deck.options.data.config as Record<string, unknown>
  return {
    options: { data: {
      config: Object.fromEntries(EXPORTER_CONFIG.filter(k => config[k] !== undefined).map(k => [k, config[k]])),
      slides: slides.map(s => ({ index: s.index, title: s.title, level: s.level, ...s.frontmatter?.hideInToc ? { frontmatter: { hideInToc: true } } : {} })),
    } },
    total: deck.total,
  }
}

/** Writes the decks' exporter view beside the build in `dir`. */
export function writeOutline(dir: string, decks: ReadonlyMap<string, Deck>): void {
  writeFileSync(join(dir, OUTLINE_FILE), `${JSON.stringify(Object.fromEntries([...decks].map(([lang, deck]) => [lang, exporterView(deck)])))}\n`)
}

/**
 * The decks kept beside the build in `dir`, for these languages; undefined when the build has no outline
 * (made before it existed, or by hand), it lacks one of them, or it does not read as one.
 */
export function readOutline(dir: string, langs: readonly string[]): Map<string, Deck> | undefined {
  const file = join(dir, OUTLINE_FILE)
  if (!existsSync(file))
    return undefined
  try {
    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Deck>
    const decks = new Map(langs.map(lang => [lang, all[lang]!]))
    const whole = (d: Deck | undefined): boolean => Array.isArray(d?.options?.data?.slides) && typeof d.options.data.config === 'object'
      && d.options.data.config !== null && d.total === d.options.data.slides.length
    return [...decks.values()].every(whole) ? decks : undefined
  }
  catch {
    return undefined
  }
}

/**
 * Slidev's view of the deck in each language: the slides with their titles pinned to it
 * (setup/preparser.ts reads VITE_DECK_LANG in 'export' mode), for the PDF title and outline.
 * Sequential: the language is an environment variable of this process.
 */
export async function decksIn(langs: readonly string[]): Promise<Map<string, Deck>> {
  const { resolveOptions } = await import('@slidev/cli')
  // Slidev's CLI registers the project's preparser this way; its node API does not
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparser({ filepath, headmatter, mode }))
  const before = process.env.VITE_DECK_LANG
  const decks = new Map<string, Deck>()
  try {
    for (const lang of langs) {
      process.env.VITE_DECK_LANG = lang
      const options = await resolveOptions({ entry: DECK_ENTRY }, 'export')
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
