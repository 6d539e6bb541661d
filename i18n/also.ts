// The bilingual view's second language as this window shows it: written by
// i18n/runtime.ts once the language's words are in, read by components (components/bilingual.ts).
// A module of its own, without the deck state, so components mount in unit tests without Slidev.
import type { Ref } from 'vue'
import { shallowRef } from 'vue'

/** The second language shown, or undefined (the view is off). Written only by i18n/runtime.ts. */
export const shownAlso = shallowRef<string | undefined>()

/** Which ref of the second language a component follows (set up by setup/main.ts: its slide's). */
let scope: () => Readonly<Ref<string | undefined>> = () => shownAlso

/**
 * The second language the calling component shows; call it in a component's setup. In the deck, a
 * slide's components follow their slide's ref (i18n/slide-lang.ts: the slide on screen first); without
 * Slidev (unit tests) the window's.
 */
export function useShownAlso(): Readonly<Ref<string | undefined>> {
  return scope()
}

/** Installs how components find their second language (setup/main.ts). */
export function setAlsoScope(next: () => Readonly<Ref<string | undefined>>): void {
  scope = next
}
