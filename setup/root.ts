import { defineRootSetup } from '@slidev/types'
import { useHead } from '@unhead/vue'
import { useTranslation } from 'i18next-vue'
import { computed } from 'vue'
import { currentHtmlLang } from '../i18n/runtime'

// The tab title and `<html lang>` follow the deck's language.
export default defineRootSetup(() => {
  const { t } = useTranslation()
  useHead({
    title: computed(() => t('deck.title')),
    htmlAttrs: { lang: currentHtmlLang },
  }, { tagPriority: 'high' })
})
