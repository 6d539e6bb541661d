import { useNav } from '@slidev/client/composables/useNav.ts'
import { configs } from '@slidev/client/env.ts'
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { useTranslation } from 'i18next-vue'
import { computed, watch } from 'vue'
import { useBilingual } from '../i18n/bilingual'
import { currentHtmlLang } from '../i18n/runtime'
import { audienceAddress, hideJoinCode, JOIN_PATH, joinUrl } from '../state/join'
import { bindSlidevView, calculatorsReadOnly, canDrive, isPresenterView } from '../state/trust'
import { PRESENTER_COOKIE } from '../state/validate'
import { bindPresenterNotes } from './presenter-notes'
import { setupReader } from './reader'

// What the deck's state does to the page, in one place: the tab title and `<html lang>` follow the
// deck's language (the title in both languages in the bilingual view; `<html lang>` stays the
// leading one), a follower's read-only calculators and the presenter view's cookie follow the trust
// rule (state/trust.ts).
export default defineRootSetup(() => {
  const nav = useNav()
  bindSlidevView(nav) // who may drive the deck state: Slidev's presenter / print / notes view
  setupReader(nav) // a phone in portrait: the slide reflowed, following the speaker
  const { t } = useTranslation()
  const { also, second } = useBilingual()
  useHead({
    // the bilingual view: both titles, the leading language first
    title: computed(() => [t('deck.title'), second('deck.title')].filter(Boolean).join(' / ')),
    // `deck-bilingual` lets a slide's layout make room for the second language (styles/bilingual.css)
    htmlAttrs: { class: computed(() => also.value ? 'deck-bilingual' : '') },
  }, { tagPriority: 'high' })
  // written here only, and at once on a switch, so the browser picks the language's glyphs for the first paint
  watch(currentHtmlLang, (lang) => {
    document.documentElement.lang = lang
  }, { immediate: true, flush: 'sync' })
  // the presenter view's notes: one language at a time, the other one click away
  bindPresenterNotes()
  // read-only calculators: styles/deck.css keys their buttons off this class
  watch(calculatorsReadOnly, ro => document.documentElement.classList.toggle('deck-follower', ro), { immediate: true })
  // the presenter view tells the dev server it passed Slidev's password guard (server/deck-guard.ts)
  if (__SLIDEV_HAS_SERVER__) {
    watch(isPresenterView, (presenter) => {
      if (presenter && configs.remote !== undefined)
        document.cookie = `${PRESENTER_COOKIE}=${encodeURIComponent(String(configs.remote ?? ''))}; path=/; SameSite=Strict`
    }, { immediate: true })
    // the speaker's windows learn the audience's address (the dev server has one with --remote)
    const stop = watch(canDrive, (drive) => {
      if (!drive)
        return
      queueMicrotask(() => stop())
      fetch(JOIN_PATH)
        .then(res => res.ok ? res.json() as Promise<{ url?: string | null }> : undefined)
        .then(body => joinUrl.value = audienceAddress(body?.url))
        .catch(() => {})
    }, { immediate: true })
  }
  // the QR code stays on the projected slide until the next key (`J` itself toggles it)
  window.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'j' && !e.repeat && canDrive.value)
      hideJoinCode()
  }, { capture: true })
})
