import { watch } from 'vue'
import { nextLang } from '../i18n/core'
import { currentAlso, currentLang } from '../i18n/runtime'

// Which language the presenter view's notes show: the current language, or (one click on the other
// language's tab above the notes, i18n/slide-text.ts) the other one: the bilingual view's second
// language, else the next language. The choice is relative, so `L` keeps it meaningful (the other
// language stays "the other"), and it is kept in this browser's localStorage across reloads.
// `<html data-deck-notes="<code>">` tells the notes' own CSS which section to show.

const STORAGE_KEY = 'deck-presenter-notes'
type NotesChoice = 'current' | 'other'

function readChoice(): NotesChoice {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'other' ? 'other' : 'current'
  }
  catch { // storage may be blocked (privacy settings): the current language, as without a choice
    return 'current'
  }
}

function writeChoice(choice: NotesChoice): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice)
  }
  catch {}
}

function otherLang(): string {
  return currentAlso.value ?? nextLang(currentLang.value)
}

/** Binds the notes' language tabs (event delegation: the notes are re-rendered per slide with v-html). */
export function bindPresenterNotes(): void {
  let choice = readChoice()
  const apply = (): void => {
    document.documentElement.dataset.deckNotes = choice === 'other' ? otherLang() : currentLang.value
  }
  watch([currentLang, currentAlso], apply, { immediate: true, flush: 'sync' })
  document.addEventListener('click', (event) => {
    const tab = (event.target as Element | null)?.closest?.<HTMLElement>('[data-deck-notes-tab]')
    if (!tab)
      return
    choice = tab.dataset.deckNotesTab === currentLang.value ? 'current' : 'other'
    writeChoice(choice)
    apply()
    // a mouse click gives the keys back to the deck (Slidev ignores them while a button has focus)
    if (event.detail > 0)
      tab.blur()
  })
  // another presenter window of this browser (same localStorage) follows
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY) {
      choice = readChoice()
      apply()
    }
  })
}
