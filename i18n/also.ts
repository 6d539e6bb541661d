// The bilingual view's second language as this window shows it (issue 13): written by
// i18n/runtime.ts once the language's words are in, read by components (components/bilingual.ts).
// A module of its own, without the deck state, so components mount in unit tests without Slidev.
import { computed, shallowRef } from 'vue'
import { htmlLang } from './core'

/** The second language shown, or undefined (the view is off). Written only by i18n/runtime.ts. */
export const shownAlso = shallowRef<string | undefined>()

/** `lang` attribute of the second-language blocks (`en`, `zh-CN`), or undefined when the view is off. */
export const shownAlsoHtmlLang = computed(() => shownAlso.value && htmlLang(shownAlso.value))
