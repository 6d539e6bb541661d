import type { SlideRoute } from '@slidev/types'
import type { Ref } from 'vue'
import { shallowRef, watch } from 'vue'

/** How long after the first slide the other slides' code is fetched (Slidev's own delay). */
const FETCH_ALL_AFTER_MS = 3000

/**
 * The browser asks to save data (`navigator.connection.saveData`, what sends `Save-Data: on`): a data
 * saver or lite mode on a phone, or a reader's own setting. Browsers without the Network Information
 * API say nothing, and nothing is saved.
 */
export function savesData(nav: Navigator | undefined = globalThis.navigator): boolean {
  return (nav as (Navigator & { connection?: { saveData?: boolean } }) | undefined)?.connection?.saveData === true
}

/** Slides this close to the one on screen are fetched and mounted (Slidev's own look-ahead). */
const NEIGHBOURS = 1
/** A slide further than this from the one on screen is unmounted. */
const UNMOUNT_BEYOND = 2

/**
 * Each window mounts the slide on screen and its two neighbours, not the whole deck.
 *
 * Slidev mounts every slide of the deck, hidden, three seconds after the first one shows, so that any
 * jump is instant, and keeps every slide it has mounted. For this deck that is 39 slides of charts,
 * calculators and two scripts in every window: seconds of CPU on each phone of the hall and each
 * laptop, a page that grows through the talk, and every `L` or `B` re-rendering all of them in the
 * background. A talk moves one slide at a time, so the neighbours (Slidev's own look-ahead, kept here)
 * are enough: they are mounted as the slide on screen changes, and a slide more than two away is
 * unmounted (two, not one, so that going back and forth between two slides mounts nothing; at most
 * five slides are mounted). A jump back to a far slide mounts it again (tens of milliseconds, its code
 * already in). Each slide's own module is still fetched after three seconds, as Slidev does, and
 * mounted nowhere: a jump to a far slide renders it without waiting for the network. Not when the
 * reader's browser asks to save data (`Save-Data`: a phone's data saver, `savesData`): a phone on a
 * metered plan fetches the slides it is shown and their neighbours, nothing ahead of the talk.
 *
 * How: Slidev preloads a route unless its `meta.preload` is `false`, marks it `meta.__preloaded`, and
 * mounts every marked route (SlidesShow.vue); here `preload` is true only for the neighbours, and
 * `__preloaded` is this window's own set (Slidev's mark is ignored). Print and the overview render
 * their own slides and read neither.
 */
export function preloadNeighboursOnly(slides: Ref<SlideRoute[]>, shownSlide: Readonly<Ref<number>>, { fetchAll = !savesData() } = {}): void {
  const distance = (no: number): number => Math.abs(no - shownSlide.value)
  const mounted = shallowRef(new Set<number>())
  watch(shownSlide, () => {
    mounted.value = new Set([
      ...[...mounted.value].filter(no => distance(no) <= UNMOUNT_BEYOND),
      ...slides.value.filter(r => distance(r.no) <= NEIGHBOURS).map(r => r.no),
    ])
  }, { immediate: true, flush: 'sync' })
  for (const route of slides.value) {
    Object.defineProperty(route.meta, 'preload', { configurable: true, enumerable: true, get: () => distance(route.no) <= NEIGHBOURS })
    Object.defineProperty(route.meta, '__preloaded', { configurable: true, enumerable: false, get: () => mounted.value.has(route.no), set: () => {} })
  }
  if (!fetchAll)
    return
  setTimeout(() => {
    for (const route of slides.value)
      void route.load().catch(() => {}) // a slide that fails here is fetched again when turned to
  }, FETCH_ALL_AFTER_MS)
}
