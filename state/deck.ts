// The deck's shared state: the talk's language and the calculators' inputs, beside Slidev's own
// shared state (its client keeps `sharedState` and `drawingState` in `state/` too).
// One Slidev sync state, so every window follows the same value: through the dev server's
// websocket across browsers and devices, and through localStorage between windows of one
// browser in the static build (persisted, so a window opened later joins the current language).
import type { CalculatorsState } from '../model/calculators'
// the module itself, not the package index (which would bring drawings and navigation to every window at load)
import { createSyncState } from '@slidev/client/state/syncState.ts'
// virtual module served by Slidev's server-ref plugin (initial value registered in vite.config.ts)
import serverState from 'server-reactive:deck'
import { nextTick } from 'vue'
import { DEFAULT_LANG } from '../locales/languages'
import { whenSpeakerKnown } from './hall'
import { canDrive, createDeckView, whenViewKnown } from './trust'

export interface DeckState {
  /** The language every window shows (a code of i18n/languages.ts; checked where it is read). */
  lang: string
  /** The bilingual view's second language, shown beneath the leading one: a code, or `''` for none. */
  also: string
  /**
   * The live calculators' inputs, as typed: every window computes the same results from them. It starts
   * empty, meaning the article's values, and holds a calculator once a window has its code (a calculator
   * slide, a scenario in the address, or inputs another window sent): `withDefaults` (model/calculators)
   * fills in the rest.
   */
  calc: Partial<CalculatorsState>
  /** The audience's QR code is shown large on the projected slide (key `J`, until the next key). */
  join: boolean
}

/**
 * What server-ref (the dev server's shared state, under Slidev's `createSyncState`) adds to the shared
 * object at run time; none of it exists in the static build.
 */
export interface ServerRefControls {
  /** Send this window's changes to the server. */
  $syncUp?: boolean
  /** Send a change now (a plain assignment is sent after a debounce). */
  $patch?: (patch: DeckPatch) => Promise<unknown>
  /** Called with each patch from the server before it is merged (may change it in place). */
  $onPatch?: (fn: (patch: unknown) => void) => void
  /** Called with each whole state from the server before it replaces this one (may change it in place). */
  $onSet?: (fn: (data: unknown) => void) => void
}

/** The deck state as the windows share it (server-ref's controls on the dev server). */
export type SharedDeckState = DeckState & ServerRefControls

/** The language a build or an export starts in: `VITE_DECK_LANG`, else English. */
export const BUILD_LANG: string = import.meta.env.VITE_DECK_LANG || DEFAULT_LANG

const sync = createSyncState<SharedDeckState>(serverState, { lang: BUILD_LANG, also: '', calc: {}, join: false }, true)

// ---- trust: `wire` is what the windows send each other; `deckState` is what this
// window shows, fed only through the validation rules and the trust rule (trust.ts).
const wire = sync.state
const deckView = createDeckView(wire, { lang: BUILD_LANG, also: '', calc: {}, join: false })
export const deckState = deckView.shown
/** Back to following the speaker's language, after reading the talk in one's own. */
export const followSpeaker = deckView.follow
/** The language the speaker's windows use. */
export const speakerLang = deckView.speakerLang
/** The second language the speaker's windows show (`''`: none). */
export const speakerAlso = deckView.speakerAlso
// ---- end trust

/** Slidev's sync channel of the deck state (its localStorage key in the static build; the hall's `deck`). */
export const DECK_CHANNEL = 'ai-energy-deck-state'

/** Starts syncing with the other windows, on DECK_CHANNEL. */
export function initDeckState(): void {
  sync.init(DECK_CHANNEL)
}

/** This window stops sending its changes to the others (print windows). */
export function stopSendingDeckState(): void {
  deckView.freeze()
}

/**
 * The language a window asks for when it opens (`?lang=`): shared when this window may drive
 * the talk; otherwise shown here only, or followed when it is the speaker's anyway.
 */
export function startWithLang(lang: string, routeReady: Promise<unknown>, also?: string): void {
  const asked: DeckPatch = also === undefined ? { lang } : { lang, also }
  updateDeckState(asked)
  if (canDrive.value)
    return
  // Slidev tells whether this is the (password-checked) presenter view once the route is known.
  void Promise.all([routeReady, whenViewKnown(), whenSpeakerKnown()]).then(() => {
    if (canDrive.value) {
      followSpeaker()
      updateDeckState(asked)
    }
    else if (lang === speakerLang() && (also === undefined || also === speakerAlso())) {
      followSpeaker()
    }
  })
}

/**
 * A viewer's first language when its address asks for none: its browser's, on its own screen only
 * (a listener reads in their own language from the start). A window that may drive the talk, and a
 * viewer whose language is the speaker's anyway, follow the speaker's.
 */
export function startWithOwnLang(lang: string, routeReady: Promise<unknown>): void {
  if (canDrive.value)
    return
  updateDeckState({ lang })
  void Promise.all([routeReady, whenViewKnown(), whenSpeakerKnown()]).then(() => {
    if (canDrive.value || lang === speakerLang())
      followSpeaker()
  })
}

/** A change to the deck state: top-level keys, each one's value replaced or deep-merged. */
export interface DeckPatch { lang?: string, also?: string, calc?: Partial<CalculatorsState>, join?: boolean }

/**
 * Change the shared state in this window and every other one. On the dev server the change is posted
 * (server-ref `$patch`, a fetch: a plain assignment is sent after a 10 ms debounce that an incoming change
 * from another window cancels, which could leave the windows disagreeing) once this window's own
 * re-render is done (Vue's `nextTick`, still in the key's task): the key's screen changes about 6 ms
 * sooner, and the others, whose slide sync takes about 100 ms there, get it about 10 ms later. Between
 * windows of one browser (the static build) a message costs little and arrives as fast as a slide
 * change, so it goes at once (bench/RESULTS.md: deferred, it arrived later than a slide change).
 */
export function updateDeckState(patch: DeckPatch): void {
  if (!deckView.applyOwn(patch)) // shown here at once; sent only by a window that may drive
    return
  if (__SLIDEV_HAS_SERVER__ && typeof serverState.$patch === 'function') {
    const post = serverState.$patch
    void nextTick(() => post(patch))
    return
  }
  if (patch.lang !== undefined)
    wire.lang = patch.lang
  if (patch.also !== undefined)
    wire.also = patch.also
  if (patch.calc)
    wire.calc = { ...wire.calc, ...patch.calc }
  if (patch.join !== undefined)
    wire.join = patch.join
}
