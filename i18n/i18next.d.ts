import type en from '../locales/en.json'

// Typed translation keys: a misspelled key fails `vue-tsc`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
    returnNull: false
  }
}
