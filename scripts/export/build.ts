// The deck for printing: one static build with the print route (Slidev's `slidev build`), and Slidev's
// own reading of the deck in each language (slide titles for the PDF's title and outline).
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

export interface Slide { title?: string }
/** Slidev's view of the deck in one language: its slides (with their titles) and how many. */
export interface Deck { options: { data: { slides: Slide[] } }, total: number, second?: Deck }

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
