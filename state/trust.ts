// Who drives the talk. The deck's shared state (language, calculator inputs, and any key added
// to DECK_STATE_RULES) follows the rule Slidev applies to its own navigation
// (@slidev/client setup/root.ts): it is sent by the presenter view, or by a window on a trusted
// origin (localhost); with `--remote <password>` the presenter view itself is behind Slidev's
// password guard. Any other window follows, may read the talk in its own language, and shows
// the calculators read-only. Every window validates what it receives (validate.ts).
import type { ComputedRef } from 'vue'
import type { DeckState, SharedDeckState } from './deck'
import { TRUST_ORIGINS } from '@slidev/client/constants.ts'
import { syncDirections } from '@slidev/client/state/storage.ts' // Slidev's sync menu switches (not in its public index)
import { computed, reactive, toRaw, watch } from 'vue'
import { isRecord } from '../model/json'
import { HALL_VIEWER } from './hall'
import { acceptDeckState, onCalculatorRules, OWN_VIEW_KEYS, pruneDeckMessage } from './validate'

/** Slidev's own view of this window (from `useNav()`, bound by setup/root.ts). */
interface SlidevView {
  isPresenter: boolean
  isPrintMode: boolean
  isNotesViewer: boolean
}
const view = reactive<SlidevView & { bound: boolean }>({ bound: false, isPresenter: false, isPrintMode: false, isNotesViewer: false })

/** Give the trust rule Slidev's navigation state (called from a root setup, where `useNav` works). */
export function bindSlidevView(nav: { [K in keyof SlidevView]: { value: boolean } }): void {
  watch(() => [nav.isPresenter.value, nav.isPrintMode.value, nav.isNotesViewer.value] as const, ([p, print, notes]) => {
    Object.assign(view, { isPresenter: p, isPrintMode: print, isNotesViewer: notes, bound: true })
  }, { immediate: true, flush: 'sync' })
}

/** This window's host is one Slidev trusts (Slidev's own list and expression). */
const onTrustedOrigin: boolean = TRUST_ORIGINS.includes(location.host.split(':')[0] ?? '')

/**
 * This window may change the talk for everyone: Slidev's rule for navigation (presenter view, or
 * a trusted origin; Slidev's own send switch in its sync menu), never a print or notes window.
 * Without the dev server (static build) windows share state only inside one browser, so each
 * window of that browser drives its siblings; but the hall bundle only follows the speaker.
 */
export const canDrive: ComputedRef<boolean> = computed(() => {
  if (HALL_VIEWER || view.isPrintMode || view.isNotesViewer)
    return false
  const send = view.isPresenter ? syncDirections.value.presenterSend : syncDirections.value.viewerSend
  return send && (!__SLIDEV_HAS_SERVER__ || view.isPresenter || onTrustedOrigin)
})

/** This window applies what the others send (Slidev's receive switch in its sync menu). */
const receives = computed(() => view.isPresenter ? syncDirections.value.presenterReceive : syncDirections.value.viewerReceive)

/** A window that may not drive: its own view (language…), while it does not follow the speaker's. */
const own = reactive<{ following: boolean, view: Partial<DeckState> }>({ following: true, view: {} })

/** True while this window shows its own language instead of the speaker's. */
export const readsOwnLanguage: ComputedRef<boolean> = computed(() => !own.following)

/** This window is Slidev's presenter view (which passed Slidev's password guard with `--remote`). */
export const isPresenterView: ComputedRef<boolean> = computed(() => view.isPresenter)

/** The window's calculators are read-only (it follows the presenter's values). */
export const calculatorsReadOnly: ComputedRef<boolean> = computed(() => !canDrive.value && !view.isPrintMode)

/**
 * This window's copy of the deck state: what it shows. Changes from the others arrive in `wire`
 * (Slidev's sync state) and are taken only through the rules; this window's own changes are shown
 * at once and sent only when it may drive.
 */
export function createDeckView(wire: SharedDeckState, initial: DeckState) {
  let accepted = acceptDeckState(toRaw(wire), initial)
  const shown = reactive<DeckState>({ ...accepted })
  let frozen = false

  function render(): void {
    for (const key of Object.keys(accepted) as (keyof DeckState)[]) {
      const value = !own.following && Object.hasOwn(own.view, key) ? own.view[key] : accepted[key]
      if (toRaw(shown[key]) !== value)
        (shown as Record<string, unknown>)[key] = value
    }
  }

  function receive(): void {
    if (frozen || !receives.value)
      return
    accepted = acceptDeckState(toRaw(wire), accepted)
    render()
  }
  watch(wire, receive, { deep: true, flush: 'sync' })
  watch(receives, receive)
  // the calculators' rules come with their code: what arrived meanwhile is taken now
  onCalculatorRules(receive)

  // Dev server: clean each message before server-ref merges it into `wire` (unknown keys,
  // prototype keys, oversized messages never get in), and send only while this window may drive.
  const remote = wire
  if (__SLIDEV_HAS_SERVER__ && typeof remote.$onPatch === 'function') {
    remote.$onPatch(patch => pruneDeckMessage(patch))
    remote.$onSet?.(data => pruneDeckMessage(data, accepted))
    watch(canDrive, (drive) => {
      if (!frozen)
        remote.$syncUp = drive
    }, { immediate: true, flush: 'sync' })
  }

  return {
    shown,
    /** This window's own change: shown at once; true when it should also be sent to the others. */
    applyOwn(patch: { [K in keyof DeckState]?: Partial<DeckState[K]> | DeckState[K] }): boolean {
      if (!canDrive.value && !frozen) {
        // a viewer: its own view changes on its own screen only; anything else is not its to change
        const mine = OWN_VIEW_KEYS.filter(k => patch[k] !== undefined)
        if (mine.length) {
          if (own.following)
            own.view = {}
          own.following = false
          for (const k of mine)
            own.view = { ...own.view, [k]: patch[k] }
          render()
        }
        return false
      }
      accepted = mergeDeep(accepted, patch) as DeckState
      render()
      return !frozen
    },
    /** Stop sending and receiving (print windows keep the language they were given). */
    freeze(): void {
      frozen = true
      if ('$syncUp' in remote)
        remote.$syncUp = false
    },
    /** Back to the speaker's language and view (the indicator's action). */
    follow(): void {
      own.following = true
      own.view = {}
      receive()
      render()
    },
    /** The language the speaker's windows use (the last one accepted). */
    speakerLang: (): string => accepted.lang,
    /** The speaker's bilingual view (its second language, `''` for none). */
    speakerAlso: (): string => accepted.also,
  }
}

/**
 * `patch` merged into `base` the way server-ref merges a patch into the shared state (objects key
 * by key, anything else replaced), so this window shows what the others will compute.
 */
function mergeDeep(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch))
    return patch
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch))
    out[key] = mergeDeep(base[key], value)
  return out
}

/** Resolves once Slidev's view of this window is known (root setup ran). */
export function whenViewKnown(): Promise<void> {
  return view.bound
    ? Promise.resolve()
    : new Promise((resolve) => {
        const stop = watch(() => view.bound, (b) => {
          if (b) {
            stop()
            resolve()
          }
        })
      })
}
