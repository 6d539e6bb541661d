import { useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { useTranslation } from 'i18next-vue'
import { computed } from 'vue'
import { useBilingual } from '../components/bilingual'
import { currentHtmlLang } from '../i18n/runtime'
import { bindSlidevView } from '../state/trust'

// The tab title and `<html lang>` follow the deck's language (the title in both languages in the
// bilingual view; `<html lang>` stays the leading one).
export default defineRootSetup(() => {
  bindSlidevView(useNav()) // who may drive the deck state: Slidev's presenter / print / notes view (issue 15)
  const { t } = useTranslation()
  const { also, second } = useBilingual()
  useHead({
    // the bilingual view (issue 13): both titles, the leading language first
    title: computed(() => [t('deck.title'), second('deck.title')].filter(Boolean).join(' / ')),
    // `deck-bilingual` lets a slide's layout make room for the second language (styles/bilingual.css)
    htmlAttrs: { lang: currentHtmlLang, class: computed(() => also.value ? 'deck-bilingual' : '') },
  }, { tagPriority: 'high' })
})
