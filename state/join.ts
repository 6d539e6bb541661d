// Joining the talk from a phone: the audience's address on the laptop's network (given by the dev
// server with `--remote`, server/join.ts; never the presenter's password), and whether its QR code
// is on the projected slide (deck state `join`: the presenter's `J`, until the next key).
import { shallowRef } from 'vue'
import { deckState, updateDeckState } from './deck'

export { audienceAddress, JOIN_PATH } from './join-address'

/** The audience address phones open, or undefined (no `--remote`, or the static build). */
export const joinUrl = shallowRef<string | undefined>()

/** `J`: the QR code on the projected slide, or off again. */
export function toggleJoinCode(): void {
  updateDeckState({ join: !deckState.join })
}

/** Any other key: the QR code leaves the projected slide. */
export function hideJoinCode(): void {
  if (deckState.join)
    updateDeckState({ join: false })
}
