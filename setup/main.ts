import { defineAppSetup } from '@slidev/types'
import I18NextVue from 'i18next-vue'
import { computed, watch } from 'vue'
import { slides } from '#slidev/slides'
import { setAlsoScope, shownAlso } from '../i18n/also'
import { currentAlso, currentLang, startDeckLanguage } from '../i18n/runtime'
import { slideAwareAlso, slideAwareI18n } from '../i18n/slide-lang'
import { translateSlideTitles } from '../i18n/slide-titles'
import { HALL_VIEWER } from '../state/hall'
import { alsoInAddress, isPrintAddress, langInAddress, syncLangInAddress } from './address'
import { startHallSync } from './hall'
import { preloadNeighboursOnly } from './preload'
import { syncScenarioInAddress } from './scenario-address'

// Installs the deck's single i18next instance, bound to the synced language state: the slide on
// screen re-renders first on a switch (i18n/slide-lang.ts), the address keeps `?lang=`, and the
// titles in the overview and goto dialog follow the language.
export default defineAppSetup(async ({ app, router }) => {
  if (HALL_VIEWER)
    startHallSync() // a phone of the hall: the speaker's states over the hall's feed
  // the slide on screen, as Slidev finds it (a number or a `routeAlias`)
  const shownSlide = computed(() => {
    const no = router.currentRoute.value.params.no
    const key = Array.isArray(no) ? no[0] : no
    return slides.value.find(s => s.no === Number(key) || s.meta.slide?.frontmatter.routeAlias === key)?.no ?? 1
  })
  preloadNeighboursOnly(slides, shownSlide)
  const routeReady = router.isReady()
  // the other languages are fetched once the slide on screen is in (Slidev caches the load)
  const firstSlide = routeReady.then(() => slides.value.find(s => s.no === shownSlide.value)?.load())
  const i18n = await startDeckLanguage({ requested: langInAddress(), requestedAlso: alsoInAddress(), print: isPrintAddress(), routeReady, firstSlide, preferred: navigator.languages ?? [] })
  app.use(I18NextVue, { i18next: slideAwareI18n(i18n, { lang: currentLang, shownSlide: () => shownSlide.value }), rerenderOn: [] })
  setAlsoScope(slideAwareAlso(shownAlso, () => shownSlide.value)) // `B`: the slide on screen first, too
  watch(currentLang, () => translateSlideTitles(i18n), { immediate: true, flush: 'sync' })
  syncLangInAddress(router, currentLang, currentAlso)
  syncScenarioInAddress(router, { print: isPrintAddress() }) // the calculators' scenario
})
