import { defineConfig } from 'vite'
import { defaultCalculatorsState } from './model/calculators'
import { deckGuard } from './server/deck-guard'

/** The language of a build or an export (`VITE_DECK_LANG=zh npx slidev export`); English otherwise. */
const deckLang = process.env.VITE_DECK_LANG || 'en'

/**
 * `scripts/export.ts` builds one static copy of the deck and prints both PDFs from it: that build
 * has Slidev's print route (off in a normal build) and no pinned language, so `/print?lang=zh` picks it.
 */
const exportBuild = process.env.DECK_EXPORT_BUILD === '1'

export default defineConfig({
  slidev: {
    // Initial value of the synced deck state (i18n/deck-state.ts) on the dev server.
    serverRef: {
      state: {
        deck: { lang: deckLang, calc: defaultCalculatorsState() },
      },
    },
  },
  define: {
    'import.meta.env.VITE_DECK_LANG': JSON.stringify(exportBuild ? '' : deckLang),
  },
  plugins: [
    // dev server: only the presenter, or a window on this machine, changes the deck state
    deckGuard(),
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
