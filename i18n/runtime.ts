// The running deck's language: one i18next instance, driven by the synced deck state. The deck
// state says which language every window should show; `currentLang` is the one this window shows,
// which follows as soon as that language's locale file is in (normally at once: it is prefetched).
import type { i18n as I18n } from 'i18next'
import type { Ref } from 'vue'
import { computed, readonly, shallowRef, watch } from 'vue'
import { DEFAULT_LANG } from '../locales/languages'
import { BUILD_LANG, deckState, initDeckState, startWithLang, startWithOwnLang, stopSendingDeckState, updateDeckState } from '../state/deck'
import { shownAlso as shownAlsoRef } from './also'
import { alsoFromAddress, createDeckI18n, firstKnownLang, htmlLang, languageCodes, nextLang, parseLang } from './core'
import { ensureLocale, hasLocale, loadLocale, markLocalesLoaded, prefetchLocales } from './locales'

const shown = shallowRef<string>(DEFAULT_LANG)

/** The language the deck state asks for (a known code; English when the state holds anything else). */
const wanted = computed(() => parseLang(deckState.lang) ?? DEFAULT_LANG)

/** The bilingual view's second language the state asks for: a known code other than the leading one. */
const wantedAlso = computed(() => {
  const code = parseLang(deckState.also)
  return code && code !== wanted.value ? code : undefined
})

/** Language this window shows, reactive (follows the shared state once its words are loaded). */
export const currentLang: Readonly<Ref<string>> = readonly(shown)
/**
 * The second language shown beneath the leading one in the bilingual view, or undefined when the
 * view is off; reactive (follows the shared state once the second language's words are loaded).
 */
export const currentAlso = computed<string | undefined>(() => shownAlsoRef.value !== shown.value ? shownAlsoRef.value : undefined)
/** `<html lang>` of the current language, reactive. */
export const currentHtmlLang = computed(() => htmlLang(currentLang.value))

/** Switch every window to `lang` (ignored when unknown). */
function setLang(lang: string): void {
  const code = parseLang(lang)
  if (code && code !== deckState.lang)
    updateDeckState({ lang: code })
}

/**
 * The `L` key and the nav-bar button: next language (en ⇄ zh), after the one asked for last. In the
 * bilingual view it swaps which language leads (lang ⇄ also), in one change.
 */
export function toggleLang(): void {
  const also = wantedAlso.value
  if (also)
    updateDeckState({ lang: also, also: wanted.value })
  else
    setLang(nextLang(wanted.value))
}

/** True while the state asks for the bilingual view (whether or not its words are in yet). */
export const bilingualWanted = computed(() => wantedAlso.value !== undefined)

/** The `B` key and its nav-bar button: the bilingual view on (the next language beneath) or off, in every window. */
export function toggleBilingual(): void {
  updateDeckState({ also: wantedAlso.value ? '' : nextLang(wanted.value) })
}

/** Shows the second language the state asks for, once its words are in. */
function followAlso(i18n: I18n): void {
  const also = wantedAlso.value
  if (also === shownAlsoRef.value)
    return
  if (also && !hasLocale(i18n, also)) {
    ensureLocale(i18n, also).then(() => followAlso(i18n), (e: unknown) => {
      console.error(`[i18n] could not load the ${also} locale: ${(e as Error).message}`)
    })
    return
  }
  shownAlsoRef.value = also
}

/** Shows the language the state asks for now, loading its words first if they are not in yet. */
function follow(i18n: I18n): void {
  const lang = wanted.value
  if (lang === shown.value)
    return
  if (!hasLocale(i18n, lang)) {
    // rare: `L` before the idle prefetch; switch when the words are in (to whatever is asked for then)
    ensureLocale(i18n, lang).then(() => follow(i18n), (e: unknown) => {
      console.error(`[i18n] could not load the ${lang} locale: ${(e as Error).message}`)
    })
    return
  }
  void i18n.changeLanguage(lang) // synchronous: the words are loaded
  shown.value = lang
}

/** Where the starting language comes from (read by setup/ from the address). */
export interface LanguageStart {
  /** `?lang=` of the address, if any */
  requested: string | null
  /** `?also=` of the address (the bilingual view's second language), if any */
  requestedAlso?: string | null
  /** a print/export window: it shows the export's language (`VITE_DECK_LANG`) and never changes the others */
  print: boolean
  /** settles once the router knows the route (then Slidev knows whether this is the presenter view) */
  routeReady: Promise<unknown>
  /** the browser's languages, most wanted first (`navigator.languages`) */
  preferred?: readonly string[]
  /** settles once the slide on screen is loaded: the other languages are fetched after it, when idle */
  firstSlide?: Promise<unknown>
}

/**
 * Starts the deck's language: joins the synced state, chooses the starting language, loads its words
 * (and the fallback's), and from then on follows the state. Precedence at load: an export pins
 * `VITE_DECK_LANG`; else a valid `?lang=` wins (and is shared); else, for a viewer on another device
 * (one that follows), the first of its browser's languages the deck has, on its own screen only;
 * else the language the other windows already use; an unknown `?lang=` falls back to English.
 */
export async function startDeckLanguage({ requested, requestedAlso = null, print, routeReady, preferred = [], firstSlide = routeReady }: LanguageStart): Promise<I18n> {
  initDeckState()
  if (print && import.meta.env.VITE_DECK_LANG) {
    stopSendingDeckState()
    deckState.lang = BUILD_LANG
    deckState.also = alsoFromAddress(requestedAlso, BUILD_LANG) ?? ''
  }
  else if (requested !== null || alsoFromAddress(requestedAlso, wanted.value) !== undefined) {
    const lang = requested === null ? wanted.value : parseLang(requested) ?? DEFAULT_LANG
    startWithLang(lang, routeReady, alsoFromAddress(requestedAlso, lang)) // shared only by a window that may drive
  }
  else if (!print && firstKnownLang(preferred)) {
    startWithOwnLang(firstKnownLang(preferred)!, routeReady) // never sent: a window that drives keeps the speaker's
  }
  else if (!parseLang(deckState.lang)) {
    updateDeckState({ lang: DEFAULT_LANG })
  }

  const lang = wanted.value
  const fallback = languageCodes()[0] ?? DEFAULT_LANG
  const first = [...new Set([fallback, lang])]
  const resources = Object.fromEntries(await Promise.all(first.map(async c => [c, await loadLocale(c)] as const)))
  const i18n = createDeckI18n(lang, resources)
  markLocalesLoaded(i18n, first)
  // The other languages' names (`meta`, read from the locale files at build time): the nav bar
  // shows the language `L` leads to before its locale file is in.
  for (const [code, meta] of Object.entries(typeof __DECK_LOCALE_META__ === 'object' ? __DECK_LOCALE_META__ : {})) {
    if (!first.includes(code))
      i18n.addResourceBundle(code, 'translation', { meta })
  }
  shown.value = lang

  watch(wanted, () => follow(i18n), { flush: 'sync' })
  follow(i18n) // another window may have switched while the words were loading
  watch(wantedAlso, () => followAlso(i18n), { flush: 'sync' })
  followAlso(i18n)
  if (!print) {
    const prefetch = (): void => prefetchLocales(i18n)
    firstSlide.then(prefetch, prefetch)
  }
  return i18n
}
