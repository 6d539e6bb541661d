// The bilingual view (issue 13) for components: the second language's words beside the leading
// ones. <T> and <Bi> use it; a component with labels of its own calls `useBilingual()`.
import type { ComputedRef } from 'vue'
import type { Translate } from '../i18n/dynamic-key'
import { useTranslation } from 'i18next-vue'
import { computed } from 'vue'
import { currentAlso, currentAlsoHtmlLang } from '../i18n/runtime'

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
  const alsoT = computed<Translate | undefined>(() => {
    const code = currentAlso.value
    return code ? i18next.getFixedT(code) as unknown as Translate : undefined
  })
  return {
    also: currentAlso,
    alsoHtmlLang: currentAlsoHtmlLang,
    alsoT,
    second: (key, values) => alsoT.value?.(key, values) ?? '',
  }
}
