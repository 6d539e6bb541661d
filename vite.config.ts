import type { Plugin as PostcssPlugin } from 'postcss'
import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './server/deck-guard'
import { joinCode } from './server/join'

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

export default defineConfig({
  css: { postcss: { plugins: [woff2Only] } },
  slidev: {
    // Initial value of the synced deck state (state/deck.ts) on the dev server.
    serverRef: {
      state: {
        // `calc: {}`: every calculator at the article's values (state/deck.ts)
        deck: { lang: deckLang, also: '', calc: {}, join: false },
      },
    },
  },
  define: {
    '__DECK_LOCALE_META__': JSON.stringify(localeMeta),
    'import.meta.env.VITE_DECK_LANG': JSON.stringify(exportBuild ? '' : deckLang),
  },
  plugins: [
    // dev server: only the presenter, or a window on this machine, changes the deck state
    deckGuard(),
    // dev server with --remote: the audience's address and QR code, in the terminal and the presenter view
    joinCode(),
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
