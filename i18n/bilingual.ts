// The bilingual view for components: the second language's words beside the leading
// ones. <T> and <Bi> use it; a component with labels of its own calls `useBilingual()`.
import type { ComputedRef } from 'vue'
import type { Translate } from './dynamic-key'
import { useTranslation } from 'i18next-vue'
import { computed } from 'vue'
import { useShownAlso } from './also'
import { htmlLang } from './core'
import { dynamicT } from './dynamic-key'

export interface Bilingual {
  /** The second language's code, or undefined when the view is off. */
  also: ComputedRef<string | undefined>
  /** Its `lang` attribute (`en`, `zh-CN`). */
  alsoHtmlLang: ComputedRef<string | undefined>
  /** `t` in the second language, or undefined when the view is off. */
  alsoT: ComputedRef<Translate | undefined>
  /** The second-language text of `key`, or '' when the view is off. */
  second: (key: string, values?: Record<string, unknown>) => string
}

/** The second language of the bilingual view, for a component's own labels. */
export function useBilingual(): Bilingual {
  const { i18next } = useTranslation()
  // the second language, never the one leading (for a moment, a swap may show both the same)
  const shown = useShownAlso() // this component's slide's (the slide on screen changes first)
  const also = computed(() => shown.value && shown.value !== i18next.language ? shown.value : undefined)
  const alsoHtmlLang = computed(() => also.value && htmlLang(also.value))
  const alsoT = computed<Translate | undefined>(() => {
    const code = also.value
    return code ? dynamicT(i18next.getFixedT(code)) : undefined
  })
  return {
    also,
    alsoHtmlLang,
    alsoT,
    second: (key, values) => alsoT.value?.(key, values) ?? '',
  }
}
