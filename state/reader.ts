// The phone reader's place in the talk. A listener's phone follows the speaker's slide and click
// step (Slidev's own following of the presenter); the listener may turn back to earlier slides and
// return to the live one. Which window is a reader, and the navigation itself, are bound by
// setup/reader.ts; this module holds the state the reader's controls show.
import { sharedState } from '@slidev/client'
import { computed, reactive } from 'vue'
import { canDrive } from './trust'

const state = reactive({
  /** This window shows the reflowed phone reader (a narrow portrait screen, the audience view). */
  active: false,
  /** The listener has turned away from the speaker's slide; the speaker's moves wait. */
  lookingBack: false,
})

/** The speaker's slide and click step, as Slidev shares them. */
export const livePosition = computed(() => ({ page: Number(sharedState.page) || 1, clicks: Number(sharedState.clicks) || 0 }))

/** This window is a phone reader. */
export const readerActive = computed(() => state.active)

/** A reader that follows the speaker (not a window that drives the talk itself). */
export const readerFollows = computed(() => state.active && !canDrive.value)

/** The listener reads an earlier (or other) slide than the speaker's. */
export const lookingBack = computed(() => readerFollows.value && state.lookingBack)

let goTo: (page: number, clicks: number) => void = () => {}

/** Bind the reader to the window's navigation (setup/reader.ts). */
export function bindReader(go: (page: number, clicks: number) => void): void {
  goTo = go
}

export function setReaderActive(active: boolean): void {
  state.active = active
}

/** Where the window is now: away from the speaker's position, or on it. */
export function setLookingBack(away: boolean): void {
  state.lookingBack = away
}

/** "Back to live": the speaker's slide and click step, and following again. */
export function backToLive(): void {
  state.lookingBack = false
  goTo(livePosition.value.page, livePosition.value.clicks)
}
