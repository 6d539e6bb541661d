// The deck's shared state: the talk's language and the calculators' inputs.
// One Slidev sync state, so every window follows the same value: through the dev server's
// websocket across browsers and devices, and through localStorage between windows of one
// browser in the static build (persisted, so a window opened later joins the current language).
import { createSyncState } from '@slidev/client'
// virtual module served by Slidev's server-ref plugin (initial value registered in vite.config.ts)
import serverState from 'server-reactive:deck'
import type { CalculatorsState } from '../model/calculators'
import { defaultCalculatorsState } from '../model/calculators'
import { DEFAULT_LANG } from './languages'

export interface DeckState {
  lang: string
  /** The live calculators' inputs, as typed: every window computes the same results from them. */
  calc: CalculatorsState
}

/** The language a build or an export starts in: `VITE_DECK_LANG`, else English. */
export const BUILD_LANG: string = import.meta.env.VITE_DECK_LANG || DEFAULT_LANG

const sync = createSyncState<DeckState>(serverState as DeckState, { lang: BUILD_LANG, calc: defaultCalculatorsState() }, true)

export const deckState = sync.state
export const initDeckState = sync.init
export const patchDeckState = sync.patch
