import { defineAppSetup } from '@slidev/types'
import I18NextVue from 'i18next-vue'
import { installDeckLanguage } from '../i18n/runtime'

// Installs the deck's single i18next instance, bound to the synced language state.
export default defineAppSetup(({ app, router }) => {
  app.use(I18NextVue, { i18next: installDeckLanguage(router) })
})
