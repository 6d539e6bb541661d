// The phone reader: on a narrow portrait screen the audience view shows the current slide reflowed
// for the phone (styles/reader.css, keyed on `html.deck-reader`) instead of the 16:9 canvas scaled
// down to a strip. A reader that follows the speaker moves with the speaker's slide and click step
// (Slidev's own following of the presenter); when the listener turns to another slide, the
// speaker's moves wait until "back to live" (state/reader.ts).
import type { useNav } from '@slidev/client'
import { onPatch } from '@slidev/client/state/shared.ts' // Slidev's "a change came from another window" (not in its public index)
import { computed, ref, watch } from 'vue'
import { whenSpeakerKnown } from '../state/hall'
import { bindReader, livePosition, lookingBack, readerFollows, setLookingBack, setReaderActive } from '../state/reader'

/** A phone held upright: narrower than a small tablet, taller than wide. */
const PHONE_QUERY = '(max-width: 599px) and (orientation: portrait)'

export function setupReader(nav: ReturnType<typeof useNav>): void {
  const router = nav.router
  const media = window.matchMedia(PHONE_QUERY)
  const narrow = ref(media.matches)
  media.addEventListener('change', e => narrow.value = e.matches)
  // the audience view only: the presenter view, the overview, print and embedded windows stay as they are
  const active = computed(() => narrow.value && nav.isPlaying.value && !nav.isPrintMode.value && !nav.isEmbedded.value)
  watch(active, (on) => {
    setReaderActive(on)
    document.documentElement.classList.toggle('deck-reader', on)
  }, { immediate: true, flush: 'sync' })

  bindReader((page, clicks) => void nav.go(page, clicks))

  // Slidev's viewer answers a change of the shared position with a router navigation; while the
  // listener looks back, that navigation waits (this callback runs before Slidev's, which is
  // registered after the user setups).
  let speakerMoving = false
  onPatch(() => {
    speakerMoving = true
    setTimeout(() => {
      speakerMoving = false
    }, 0)
  })
  router.beforeEach((to, from) => {
    if (speakerMoving && lookingBack.value && to.name === from.name)
      return false
  })

  // The window's own moves decide whether it looks away; the speaker's moves alone never do (they
  // arrive before the navigation that follows them), they only end it by reaching the listener.
  const position = computed(() => ({ page: nav.currentSlideNo.value, clicks: nav.clicksContext.value.current }))
  const onLive = (): boolean => position.value.page === livePosition.value.page && position.value.clicks === livePosition.value.clicks
  watch(position, () => {
    if (readerFollows.value)
      setLookingBack(!onLive())
  })
  // a new slide is read from its title
  watch(() => position.value.page, () => {
    if (active.value)
      document.getElementById('slide-container')?.scrollTo(0, 0)
  })
  watch(livePosition, () => {
    if (onLive())
      setLookingBack(false)
  })

  // a phone joins on the speaker's slide, whatever address it opened (in the hall, once the feed said where)
  void Promise.all([router.isReady(), whenSpeakerKnown()]).then(() => {
    if (readerFollows.value && position.value.page !== livePosition.value.page)
      void nav.go(livePosition.value.page, livePosition.value.clicks)
  })
}
