// The running deck's language: one i18next instance, driven by the synced deck state,
// mirrored into the URL (`?lang=`) and the document (`<html lang>`, tab title).
import type { i18n as I18n } from 'i18next'
import type { Router } from 'vue-router'
import { computed, shallowRef, watch } from 'vue'
import { slides } from '#slidev/slides'
import { createDeckI18n, htmlLang, intlLocale, nextLang, parseLang } from './core'
import { BUILD_LANG, deckState, initDeckState, startWithLang, stopSendingDeckState, updateDeckState } from './deck-state'
import { DEFAULT_LANG } from './languages'

let instance: I18n | undefined

/** The deck's i18next instance (created on first use, in the current language). */
export function deckI18n(): I18n {
  instance ??= createDeckI18n(parseLang(deckState.lang) ?? DEFAULT_LANG)
  return instance
}

/** Current language code, reactive. */
export const currentLang = computed(() => parseLang(deckState.lang) ?? DEFAULT_LANG)
/** `<html lang>` of the current language, reactive. */
export const currentHtmlLang = computed(() => htmlLang(currentLang.value))
/** `Intl` locale of the current language, reactive. */
export const currentIntl = computed(() => intlLocale(currentLang.value))

/** Switch every window to `lang` (ignored when unknown). */
export function setLang(lang: string): void {
  const code = parseLang(lang)
  if (code && code !== deckState.lang)
    updateDeckState({ lang: code })
}

/** The `L` key and the nav-bar button: next language (en ⇄ zh). */
export function toggleLang(): void {
  setLang(nextLang(currentLang.value))
}

/** Timestamp (performance.now) of the last language change applied in this window; read by benchmarks. */
export const lastLangApplied = shallowRef(0)

function isPrintRoute(): boolean {
  const url = new URL(location.href)
  return url.searchParams.has('print') || /\/export\/?$/.test(url.pathname)
}

/**
 * Slidev keeps each slide's title (from the markdown, at parse time) in its route meta, where the
 * overview page, the goto search and the table of contents read it: give them the current language.
 */
function translateSlideTitles(i18n: I18n): void {
  const t = i18n.t as unknown as (key: string) => string
  for (const route of slides.value) {
    const key = route.meta.slide.frontmatter?.key
    // In place, without reactivity: the pages that list titles read them when they open, and a
    // reactive replacement would re-render every mounted slide on each switch (measured: bench/).
    if (typeof key === 'string')
      route.meta.slide.title = t(`slides.${key}.title`)
  }
}

/**
 * Wire the language into a Slidev app: choose the starting language, keep i18next, the URL and
 * `<html lang>` in step with the synced state, in this window and every other one.
 * Precedence at load: an export pins `VITE_DECK_LANG`; else a valid `?lang=` wins (and is shared);
 * else the language the other windows already use; an unknown `?lang=` falls back to English.
 */
export function installDeckLanguage(router: Router): I18n {
  initDeckState('ai-energy-deck-state')

  const requested = new URL(location.href).searchParams.get('lang')
  if (isPrintRoute() && import.meta.env.VITE_DECK_LANG) {
    stopSendingDeckState() // a print window follows the export's language and never changes the others
    deckState.lang = BUILD_LANG
  }
  else if (requested !== null) {
    startWithLang(parseLang(requested) ?? DEFAULT_LANG, router.isReady()) // shared only by a window that may drive
  }
  else if (!parseLang(deckState.lang)) {
    updateDeckState({ lang: DEFAULT_LANG })
  }

  const i18n = deckI18n()

  // Every navigation keeps `?lang=` in the URL.
  router.beforeEach((to) => {
    if (to.query.lang !== currentLang.value)
      return { ...to, query: { ...to.query, lang: currentLang.value } }
  })

  // At load: fix a missing or unknown ?lang= through the router, once it has resolved the route.
  function syncUrl(): void {
    const route = router.currentRoute.value
    if (route.query.lang !== currentLang.value)
      void router.replace({ ...route, query: { ...route.query, lang: currentLang.value } })
  }
  // On a switch: rewrite the address bar only (a router navigation costs a frame; the guard above
  // puts ?lang= back on the next navigation anyway).
  function writeUrlLang(lang: string): void {
    const url = new URL(location.href)
    if (url.searchParams.get('lang') !== lang) {
      url.searchParams.set('lang', lang)
      history.replaceState(history.state, '', url)
    }
  }

  watch(currentLang, (lang) => {
    if (i18n.language !== lang)
      void i18n.changeLanguage(lang)
    document.documentElement.lang = htmlLang(lang)
    translateSlideTitles(i18n)
    lastLangApplied.value = performance.now()
  }, { immediate: true, flush: 'sync' })

  // Deep links such as /3?lang=zh: only touch the route once the router has resolved it.
  void router.isReady().then(() => {
    syncUrl()
    watch(currentLang, writeUrlLang)
  })
  return i18n
}
