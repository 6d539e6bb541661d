import type { i18n as I18n } from 'i18next'
import type { LanguageRegistry, LocaleResource } from '../locales/languages'
import i18next from 'i18next'
import { DEFAULT_LANG, LANGUAGES, localeMeta, registerLocaleMeta } from '../locales/languages'

/** The language codes of a registry, in order (the first is the fallback). */
export function languageCodes(registry: LanguageRegistry = LANGUAGES): string[] {
  return Object.keys(registry)
}

/** `?lang=` value → a known language code, or undefined (unknown, empty, or not a string). */
export function parseLang(value: unknown, registry: LanguageRegistry = LANGUAGES): string | undefined {
  if (typeof value !== 'string')
    return undefined
  const code = value.trim().toLowerCase()
  return Object.hasOwn(registry, code) ? code : undefined
}

/**
 * The first of a browser's languages (`navigator.languages`, BCP 47 tags such as `zh-CN`, `en-GB`)
 * that the deck has, by the tag's language subtag; undefined when it has none of them.
 */
export function firstKnownLang(tags: readonly string[], registry: LanguageRegistry = LANGUAGES): string | undefined {
  for (const tag of tags) {
    const code = parseLang(tag.split('-')[0], registry)
    if (code)
      return code
  }
  return undefined
}

/**
 * `?also=` value → the bilingual view's second language: a known code other than `lang`, `''` for an
 * empty `?also=` (view off), undefined when absent, unknown or equal to `lang` (ignored).
 */
export function alsoFromAddress(value: unknown, lang: string, registry: LanguageRegistry = LANGUAGES): string | undefined {
  if (value === '')
    return ''
  const code = parseLang(value, registry)
  return code && code !== lang ? code : undefined
}

/** The language after `current` in the registry: en → zh → en (or a cycle with more languages). */
export function nextLang(current: string, registry: LanguageRegistry = LANGUAGES): string {
  const codes = languageCodes(registry)
  const i = codes.indexOf(current)
  return codes[(i + 1) % codes.length] ?? codes[0] ?? DEFAULT_LANG
}

/** `<html lang>` value for a language code. */
export function htmlLang(code: string, registry: LanguageRegistry = LANGUAGES): string {
  return registry[code]?.htmlLang ?? code
}

/** `Intl` locale tag for a language code (its locale file's `meta.intl`). */
export function intlLocale(code: string): string {
  return localeMeta(code)?.intl ?? code
}

/**
 * One i18next instance for the deck, initialised synchronously with the locale files at hand
 * (`resources`, by code; the browser adds the others later with `addResourceBundle`, nothing is
 * fetched from outside the site). A key missing in a language falls back to the first language;
 * a key missing everywhere renders as an empty string, never as the raw key.
 */
export function createDeckI18n(lng: string, resources: Record<string, LocaleResource>, registry: LanguageRegistry = LANGUAGES): I18n {
  const instance = i18next.createInstance()
  for (const [code, resource] of Object.entries(resources))
    registerLocaleMeta(code, resource.meta)
  const codes = languageCodes(registry)
  void instance.init({
    lng,
    fallbackLng: codes[0] ?? DEFAULT_LANG,
    supportedLngs: codes,
    resources: Object.fromEntries(Object.entries(resources).map(([c, r]) => [c, { translation: r }])),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    parseMissingKeyHandler: (key: string) => {
      console.warn(`[i18n] missing translation: ${key}`)
      return ''
    },
  })
  return instance
}
