// The deck's shared state: the talk's language and the calculators' inputs, beside Slidev's own
// shared state (its client keeps `sharedState` and `drawingState` in `state/` too).
// One Slidev sync state, so every window follows the same value: through the dev server's
// websocket across browsers and devices, and through localStorage between windows of one
// browser in the static build (persisted, so a window opened later joins the current language).
import type { CalculatorsState } from '../model/calculators'
import { createSyncState } from '@slidev/client'
// virtual module served by Slidev's server-ref plugin (initial value registered in vite.config.ts)
import serverState from 'server-reactive:deck'
import { DEFAULT_LANG } from '../i18n/languages'
import { defaultCalculatorsState } from '../model/calculators'

export interface DeckState {
  /** The language every window shows (a code of i18n/languages.ts; checked where it is read). */
  lang: string
  /** The live calculators' inputs, as typed: every window computes the same results from them. */
  calc: CalculatorsState
}

/** The language a build or an export starts in: `VITE_DECK_LANG`, else English. */
export const BUILD_LANG: string = import.meta.env.VITE_DECK_LANG || DEFAULT_LANG

const sync = createSyncState<DeckState>(serverState as DeckState, { lang: BUILD_LANG, calc: defaultCalculatorsState() }, true)

export const deckState = sync.state
/** Starts syncing with the other windows (localStorage key of the static build). */
export const initDeckState = sync.init

/** This window stops sending its changes to the others (print windows). */
export function stopSendingDeckState(): void {
  const remote = serverState as unknown as { $syncUp?: boolean }
  if (__SLIDEV_HAS_SERVER__ && '$syncUp' in remote)
    remote.$syncUp = false
}

/** A change to the deck state: top-level keys, each one's value replaced or deep-merged. */
export interface DeckPatch { lang?: string, calc?: Partial<CalculatorsState> }

/**
 * Change the shared state in this window and every other one. On the dev server this posts the
 * change at once (server-ref `$patch`): a plain assignment is sent after a 10 ms debounce that an
 * incoming change from another window cancels, which could leave the windows disagreeing.
 */
export function updateDeckState(patch: DeckPatch): void {
  const remote = serverState as unknown as { $patch?: (p: DeckPatch) => Promise<unknown> }
  if (__SLIDEV_HAS_SERVER__ && typeof remote.$patch === 'function') {
    void remote.$patch(patch)
    return
  }
  if (patch.lang !== undefined)
    deckState.lang = patch.lang
  if (patch.calc)
    deckState.calc = { ...deckState.calc, ...patch.calc }
}
