import type { Plugin as PostcssPlugin } from 'postcss'
import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './server/deck-guard'
import { hall, HallHub } from './server/hall'
import { joinCode } from './server/join'
import { FEED_KEYS } from './state/hall-protocol'

/** The language of a build or an export (`VITE_DECK_LANG=zh npx slidev export`); English otherwise. */
const deckLang = process.env.VITE_DECK_LANG || 'en'

/**
 * `scripts/export.ts` builds one static copy of the deck and prints both PDFs from it: that build
 * has Slidev's print route (off in a normal build) and no pinned language, so `/print?lang=zh` picks it.
 */
const exportBuild = process.env.DECK_EXPORT_BUILD === '1'

/**
 * Each locale's `meta` (the language's name, number system and unit words), by code. The browser loads a
 * language's locale file only when needed (i18n/locales.ts); the nav bar names the language `L` leads to,
 * and numbers are formatted in it, before that.
 */
const localesDir = fileURLToPath(new URL('./locales/', import.meta.url))
export const localeMeta: Record<string, unknown> = Object.fromEntries(readdirSync(localesDir)
  .filter(f => f.endsWith('.json'))
  .map(f => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(`${localesDir}${f}`, 'utf8')).meta]))

/**
 * fontsource's static fonts list a `.woff` file after each `.woff2` one; every browser that runs the
 * deck takes the woff2, so the build leaves the woff copies out (they were half of the site's size).
 */
const woff2Only: PostcssPlugin = {
  postcssPlugin: 'deck:woff2-only',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('src', (decl) => {
        const sources = decl.value.split(/,(?=\s*url\()/)
        const kept = sources.filter(src => !/\.woff\)\s*format\(["']?woff["']?\)/.test(src))
        if (kept.length && kept.length < sources.length)
          decl.value = kept.join(',')
      })
    },
  },
}

/** Phones of the hall follow what the dev server accepted of the speaker's states (server/hall.ts). */
const hallHub = new HallHub()
const deckStart = { lang: deckLang, also: '', calc: {}, join: false }
hallHub.publish('deck', deckStart)

/**
 * The hall bundle (`npm run build -- --hall`): built for the dev server's HALL_BASE, it follows the
 * speaker over the hall's socket and never drives (state/hall.ts).
 */
const hallBuild = process.env.VITE_DECK_HALL === '1'

export default defineConfig({
  css: { postcss: { plugins: [woff2Only] } },
  // The hall bundle: every slide in one chunk. Slidev loads each slide's own small chunk, and all of
  // them 3 s after the first: some 60 requests of half a kilobyte each, a third of what a phone
  // joining the talk asked for. One chunk costs a few kilobytes more at once and a phone that looks
  // back finds every slide already there.
  ...hallBuild
    ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'slides', test: /__slidev_\d+\.(?:md|frontmatter)$/ }] } } } } }
    : {},
  slidev: {
    // Initial value of the synced deck state (state/deck.ts) on the dev server.
    serverRef: {
      state: {
        // `calc: {}`: every calculator at the article's values (state/deck.ts)
        deck: deckStart,
      },
      // each accepted change of Slidev's position or the deck's state, to the hall's phones
      onChanged: (key, data) => {
        const feedKey = FEED_KEYS.find(k => k === key)
        if (feedKey)
          hallHub.publish(feedKey, data)
      },
    },
  },
  define: {
    '__DECK_LOCALE_META__': JSON.stringify(localeMeta),
    'import.meta.env.VITE_DECK_LANG': JSON.stringify(exportBuild ? '' : deckLang),
    'import.meta.env.VITE_DECK_HALL': JSON.stringify(hallBuild ? '1' : ''),
  },
  plugins: [
    // dev server: only the presenter, or a window on this machine, changes the deck state
    deckGuard(),
    // dev server with --remote: the audience's address and QR code, in the terminal and the presenter view
    joinCode(),
    // dev server: the built bundle for phones under /hall/, and their websocket
    hall(hallHub),
    ...exportBuild
      ? [{
          // after Slidev's own plugin, whose define turns the print route off in builds
          name: 'deck:print-route-in-export-build',
          enforce: 'post' as const,
          config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
        }]
      : [],
  ],
})
