import type { SlideRoute } from '@slidev/types'
import type { Ref } from 'vue'

/** How long after the first slide the other slides' code is fetched (Slidev's own delay). */
const FETCH_ALL_AFTER_MS = 3000

/**
 * Each window mounts the slide on screen and its two neighbours, not the whole deck.
 *
 * Slidev mounts every slide of the deck, hidden, three seconds after the first one shows, so that any
 * jump is instant. For this deck that is 39 slides of charts, calculators and two scripts in every
 * window: seconds of CPU on each phone of the hall and each laptop, and every `L` or `B` re-renders
 * all of them in the background. A talk moves one slide at a time, so the neighbours (Slidev's own
 * look-ahead, kept here) are enough; a slide once mounted stays mounted, as in Slidev. Each slide's
 * own module is still fetched after three seconds, as Slidev does, and mounted nowhere: a jump to a
 * far slide renders it without waiting for the network.
 *
 * How: Slidev preloads a route unless its `meta.preload` is `false` (SlidesShow.vue); here that
 * flag is true only near the slide on screen. Print and the overview render their own slides and
 * do not read it.
 */
export function preloadNeighboursOnly(slides: Ref<SlideRoute[]>, shownSlide: Readonly<Ref<number>>): void {
  for (const route of slides.value) {
    Object.defineProperty(route.meta, 'preload', {
      configurable: true,
      enumerable: true,
      get: () => Math.abs(route.no - shownSlide.value) <= 1,
    })
  }
  setTimeout(() => {
    for (const route of slides.value)
      void route.load().catch(() => {}) // a slide that fails here is fetched again when turned to
  }, FETCH_ALL_AFTER_MS)
}
