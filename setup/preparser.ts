import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { deckNoteHtml, deckTitle } from '../i18n/slide-text'

// Slide titles and presenter notes come from the locale files, at parse time.
// A slide opts in with `key: <name>` in its frontmatter: its title is `slides.<name>.title`
// and its notes `slides.<name>.notes`, in every language.
export default definePreparserSetup(({ mode }) => [{
  name: 'deck-i18n',
  async transformSlide(_content, frontmatter) {
    if (typeof frontmatter.key === 'string')
      frontmatter.title = deckTitle(frontmatter.key, mode === 'export' ? (process.env.VITE_DECK_LANG || 'en') : undefined)
    return undefined
  },
  async transformNote(note, frontmatter) {
    if (typeof frontmatter.key !== 'string')
      return undefined
    return deckNoteHtml(frontmatter.key) ?? note
  },
}])
