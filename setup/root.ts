import { useNav } from '@slidev/client'
import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { useTranslation } from 'i18next-vue'
import { computed } from 'vue'
import { currentHtmlLang } from '../i18n/runtime'
import { bindSlidevView } from '../state/trust'

// The tab title and `<html lang>` follow the deck's language.
export default defineRootSetup(() => {
  bindSlidevView(useNav()) // who may drive the deck state: Slidev's presenter / print / notes view (issue 15)
  const { t } = useTranslation()
  useHead({
    title: computed(() => t('deck.title')),
    htmlAttrs: { lang: currentHtmlLang },
  }, { tagPriority: 'high' })
})
