// The hall bundle's sync: Slidev's own hook (`addSyncMethod`) given the hall's feed, so the built
// deck follows the speaker's position and the deck's state as the dev server's windows do. Slidev's
// built-in sync (BroadcastChannel, localStorage) is switched off: a phone's tabs follow the speaker,
// not each other, and no state of an earlier visit is read back.
import { slidesTitle } from '@slidev/client/env.ts'
import { addSyncMethod, disableBuiltinSync } from '@slidev/client/state/syncState.ts'
import { DECK_CHANNEL } from '../state/deck'
import { hallSync } from '../state/hall'
import { HALL_SOCKET_PATH } from '../state/hall-protocol'
import { socketFeed } from '../state/hall-socket'

/**
 * The feed's address: `VITE_DECK_HALL_FEED` when the bundle is built for another host (then a feed
 * of another kind may take the socket's place here), else the socket of the server that served the page.
 */
function feedUrl(): string {
  const url = new URL(import.meta.env.VITE_DECK_HALL_FEED || HALL_SOCKET_PATH, location.href)
  url.protocol = url.protocol === 'https:' || url.protocol === 'wss:' ? 'wss:' : 'ws:'
  return url.href
}

/** Called first thing in the app's setup (setup/main.ts), before Slidev's channels start. */
export function startHallSync(): void {
  disableBuiltinSync()
  addSyncMethod(hallSync(socketFeed({ url: feedUrl() }), {
    [`${slidesTitle} - shared`]: 'nav',
    [DECK_CHANNEL]: 'deck',
  }))
}
