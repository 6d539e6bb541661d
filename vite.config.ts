import { defineConfig } from 'vite'

/** The language of a build or an export (`VITE_DECK_LANG=zh npx slidev export`); English otherwise. */
const deckLang = process.env.VITE_DECK_LANG || 'en'

export default defineConfig({
  slidev: {
    // Initial value of the synced deck state (i18n/deck-state.ts) on the dev server.
    serverRef: {
      state: {
        deck: { lang: deckLang },
      },
    },
  },
  define: {
    'import.meta.env.VITE_DECK_LANG': JSON.stringify(deckLang),
  },
})
