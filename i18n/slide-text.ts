// Titles and presenter notes of the slides, rendered from the locale files at parse time
// (Slidev renders notes with v-html and titles from markdown, so `$t` cannot run there).
import type { i18n as I18n } from 'i18next'
import { createBundledI18n } from './bundled'
import { htmlLang, languageCodes, parseLang } from './core'
import { dynamicT } from './dynamic-key'
import { textValues } from './figures'

const instances = new Map<string, I18n>()
function i18nFor(lang: string): I18n {
  let i = instances.get(lang)
  if (!i) {
    i = createBundledI18n(lang)
    instances.set(lang, i)
  }
  return i
}

/** A translated string for a dynamic key (parse-time code works with keys read from frontmatter). */
function translate(lang: string, key: string, values?: Record<string, unknown>): string {
  return dynamicT(i18nFor(lang).t)(key, { lng: lang, ...values })
}

function hasKey(key: string): boolean {
  return languageCodes().some(l => i18nFor(l).exists(key, { lng: l, fallbackLng: false }))
}

/**
 * The title Slidev shows for a slide (overview, goto dialog, PDF outline).
 * Pinned to one language for an export; otherwise a live `$t` expression, followed by an
 * invisible comment holding every translation so the goto dialog finds the slide in any language.
 */
export function deckTitle(key: string, pinnedLang?: string): string {
  const titleKey = `slides.${key}.title`
  const lang = parseLang(pinnedLang)
  if (lang)
    return translate(lang, titleKey)
  const all = languageCodes().map(l => translate(l, titleKey)).join(' · ')
  return `{{ $t('${titleKey}') }}<!-- ${all.replaceAll('--', '—')} -->`
}

function escapeHtml(s: string): string {
  return s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/**
 * Presenter notes in every language, one section per language; `{{fig.subject.quantity}}` in a note
 * is the model's figure formatted for that language, `{{range.…}}` a range of two, `{{quote.…}}` a
 * source's words, verbatim. CSS puts the section of the current `<html lang>` first, so the presenter
 * reads the current language first. Above the sections, one tab per language (its own name, in its
 * own language): the presenter view shows one language at a time, the current one unless the
 * speaker clicked the other's tab (`<html data-deck-notes>`, set by setup/presenter-notes.ts); other
 * views (Slidev's notes page, the overview) hide the tabs and show every section.
 * Returns undefined when the slide has no notes key.
 */
export function deckNoteHtml(key: string): string | undefined {
  const notesKey = `slides.${key}.notes`
  if (!hasKey(notesKey))
    return undefined
  const codes = languageCodes()
  const sections = codes.map((lang) => {
    const values = textValues(lang, (k, v) => translate(lang, k, v))
    const paragraphs = translate(lang, notesKey, { ...values })
      .split(/\n{2,}/)
      .map(p => `<p>${escapeHtml(p.trim())}</p>`)
      .join('\n')
    const label = escapeHtml(translate(lang, 'app.notesIn'))
    return `<section class="deck-note" lang="${htmlLang(lang)}" data-lang="${lang}">\n<p class="deck-note-label">${label}</p>\n${paragraphs}\n</section>`
  })
  // `data-deck-notes-tab`, not `data-lang`: readers of the notes (handout, tests) look sections up by `data-lang`
  const tabs = codes.map(lang => `<button type="button" class="deck-notes-tab" data-deck-notes-tab="${lang}" lang="${htmlLang(lang)}" title="${escapeHtml(translate(lang, 'app.notesIn'))}">${escapeHtml(translate(lang, 'meta.nativeName'))}</button>`)
  const rules = codes.flatMap((l) => {
    const section = `.deck-note[data-lang="${l}"]`
    const tab = `.deck-notes-tab[data-deck-notes-tab="${l}"]`
    return [
      `html[lang="${htmlLang(l)}"] ${section},html[lang="${htmlLang(l)}"] ${tab}{order:-1}`,
      `html[data-deck-notes="${l}"] .slidev-presenter .deck-note:not([data-lang="${l}"]){display:none}`,
      `html[data-deck-notes="${l}"] ${tab}{color:var(--deck-notes-tab-on-fg);background:var(--deck-notes-tab-on-bg);border-color:var(--deck-notes-tab-on-bg)}`,
    ]
  })
  return `<div class="deck-notes">\n<style>${rules.join('')}</style>\n<div class="deck-notes-tabs">${tabs.join('')}</div>\n${sections.join('\n')}\n</div>`
}
