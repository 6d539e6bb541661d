import type en from './en.json'

/** A locale file: every user-visible word, same keys in every language. */
export type LocaleResource = typeof en

/** What the deck needs to know about one language. */
export interface LanguageInfo {
  /**
   * The locale file, loaded on demand: in the browser each language is a chunk of its own, so a
   * window downloads the language it shows (and the fallback) first and the others when idle.
   */
  load: () => Promise<{ default: LocaleResource }>
  /** value of `<html lang>`, so the browser picks the right glyphs (CJK especially) */
  htmlLang: string
}

/**
 * What the formatter and the components know of a language, from its locale file's `meta`: its name,
 * its `Intl` locale, how it groups large numbers (`thousands`: 48.75 GWh, 175 billion; `myriad`: by
 * 万/亿, with unit words after the number, 4875万千瓦时), its unit words, the dash of a range, and the
 * household its audience compares with.
 */
export type LanguageMeta = LocaleResource['meta']

/**
 * The deck's languages. Adding one is a new `locales/<code>.json` plus one line here (and one in
 * `i18n/bundled.ts` for parse time and tests); the first entry is the fallback for a missing key
 * and for an unknown `?lang=`.
 */
export const LANGUAGES = {
  en: { load: () => import('./en.json'), htmlLang: 'en' },
  zh: { load: () => import('./zh.json'), htmlLang: 'zh-CN' },
} satisfies Record<string, LanguageInfo>

export type Lang = keyof typeof LANGUAGES
export type LanguageRegistry = Record<string, LanguageInfo>

export const DEFAULT_LANG: Lang = 'en'

/**
 * Each language's `meta`, by code: every locale file's, read at build time (`__DECK_LOCALE_META__`,
 * vite.config.ts), so a language's numbers can be formatted before its words are loaded; and those of
 * the locale files an i18next instance is given (parse time, tests, a language added by a test).
 */
const META: Record<string, LanguageMeta> = { ...(typeof __DECK_LOCALE_META__ === 'object' ? __DECK_LOCALE_META__ as Record<string, LanguageMeta> : {}) }

/** Records the `meta` of a language's locale file. */
export function registerLocaleMeta(code: string, meta: LanguageMeta | undefined): void {
  if (meta?.intl)
    META[code] = meta
}

/**
 * The meta of a language code or of any tag of it (`zh`, `zh-Hans-CN`, `ZH_cn` → the `zh` file's), or
 * undefined for a language the deck has no file of.
 */
export function localeMeta(locale: string): LanguageMeta | undefined {
  const code = locale.toLowerCase()
  return META[code] ?? META[code.split(/[-_]/)[0]!]
}
