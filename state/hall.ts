// A phone of the hall: the built bundle served by the laptop under /hall/ (server/hall.ts), which
// follows the speaker's states over a feed (the laptop's socket, or a pub/sub service) through
// Slidev's own sync hook, `addSyncMethod` (setup/hall.ts). It reads only: its sync method writes
// nothing, and the trust rule (state/trust.ts) never lets it drive.
import type { Sync } from '@slidev/client/state/syncState.ts'
import type { DeckFeed, FeedKey, FeedStatus } from './hall-protocol'
import { computed, shallowRef } from 'vue'
import { parseHallMessage } from './hall-protocol'

/** This window is the hall bundle (`npm run build -- --hall`). */
export const HALL_VIEWER: boolean = import.meta.env.VITE_DECK_HALL === '1'

/** How the hall's feed is doing; undefined outside the hall. */
export const hallStatus = shallowRef<FeedStatus | undefined>()
/** The feed has been live once: a later loss is a reconnection, not the first connection. */
const hallWasLive = shallowRef(false)

function setHallStatus(s: FeedStatus): void {
  hallStatus.value = s
  if (s === 'live')
    hallWasLive.value = true
}

/** What the phone's bar says of its connection (a locale key under `reader.`). */
export type FeedLabel = 'live' | 'connecting' | 'reconnecting'

/**
 * The label for a feed's status: live outside the hall (the dev server's windows follow over
 * Vite's own socket), else live only while the feed is; a phone that lost it says it is
 * reconnecting, so that a listener does not take a stale slide for the speaker's.
 */
export function feedLabel(status: FeedStatus | undefined, wasLive: boolean): FeedLabel {
  if (status === undefined || status === 'live')
    return 'live'
  return wasLive ? 'reconnecting' : 'connecting'
}

/** The label of this window's feed. */
export const hallFeedLabel = computed(() => feedLabel(hallStatus.value, hallWasLive.value))

let speakerKnown: () => void = () => {}
const known: Promise<void> = HALL_VIEWER ? new Promise(resolve => speakerKnown = resolve) : Promise.resolve()

/**
 * Resolves once the speaker's deck state is known (at once but in the hall, where it comes with
 * the first messages): a viewer compares its own language with the speaker's only then.
 */
export function whenSpeakerKnown(): Promise<void> {
  return known
}

/**
 * Slidev's sync method for the hall: for each of Slidev's sync channels named in `channels` (its
 * shared position, the deck's state), the feed's latest state of that key is handed to Slidev's
 * `onUpdate`, as its BroadcastChannel sync does between windows of one browser. Messages go through
 * parseHallMessage (the dev sync's rules); anything else is dropped. It returns a write that does
 * nothing: a viewer never sends.
 */
export function hallSync(feed: DeckFeed, channels: Readonly<Record<string, FeedKey>>, onStatus: (s: FeedStatus) => void = setHallStatus): Sync {
  const updaters = new Map<FeedKey, (data: object) => void>()
  const latest = new Map<FeedKey, object>()
  let subscribed = false
  const receive = (text: string): void => {
    const m = parseHallMessage(text)
    if (!m || m.k === 'beat')
      return
    latest.set(m.k, m.v)
    updaters.get(m.k)?.(m.v)
    if (m.k === 'deck')
      speakerKnown()
  }
  return {
    enabled: true,
    init<State extends object>(channelKey: string, onUpdate: (data: Partial<State>) => void) {
      const key = Object.hasOwn(channels, channelKey) ? channels[channelKey] : undefined
      if (!key)
        return undefined
      updaters.set(key, data => onUpdate(data as Partial<State>))
      const last = latest.get(key)
      if (last)
        onUpdate(last as Partial<State>)
      if (!subscribed) {
        subscribed = true
        feed.subscribe(receive, onStatus)
      }
      return () => {}
    },
  }
}
