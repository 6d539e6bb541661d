// Every locale file at once, for code that runs outside the browser: the preparser (slide titles and
// presenter notes, rendered at parse time in every language) and the tests. The browser never imports
// this module: it loads each language on demand through `LANGUAGES[code].load` (i18n/locales.ts).
import type { i18n as I18n } from 'i18next'
import type { LanguageRegistry, LocaleResource } from '../locales/languages'
import en from '../locales/en.json'
import { LANGUAGES } from '../locales/languages'
import zh from '../locales/zh.json'
import { createDeckI18n } from './core'

/** Every language's locale file, by code (the same codes as `LANGUAGES`). */
export const BUNDLED_RESOURCES: Record<string, LocaleResource> = { en, zh }

/** An i18next instance with every locale loaded (extra languages of a test registry added to them). */
export function createBundledI18n(lng: string, registry: LanguageRegistry = LANGUAGES, extra: Record<string, LocaleResource> = {}): I18n {
  return createDeckI18n(lng, { ...BUNDLED_RESOURCES, ...extra }, registry)
}
