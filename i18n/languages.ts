import en from '../locales/en.json'
import zh from '../locales/zh.json'

/** What the deck needs to know about one language. */
export interface LanguageInfo {
  /** the locale file: every user-visible word, same keys in every language */
  resource: typeof en
  /** value of `<html lang>`, so the browser picks the right glyphs (CJK especially) */
  htmlLang: string
  /** locale tag for `Intl.NumberFormat` */
  intl: string
}

/**
 * The deck's languages. Adding one is a new `locales/<code>.json` plus one line here;
 * the first entry is the fallback for a missing key and for an unknown `?lang=`.
 */
export const LANGUAGES = {
  en: { resource: en, htmlLang: 'en', intl: 'en-US' },
  zh: { resource: zh, htmlLang: 'zh-CN', intl: 'zh-CN' },
} satisfies Record<string, LanguageInfo>

export type Lang = keyof typeof LANGUAGES
export type LanguageRegistry = Record<string, LanguageInfo>

export const DEFAULT_LANG: Lang = 'en'
