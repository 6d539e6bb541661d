import type en from '../locales/en.json'

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
  /** locale tag for `Intl.NumberFormat` */
  intl: string
}

/**
 * The deck's languages. Adding one is a new `locales/<code>.json` plus one line here (and one in
 * `i18n/bundled.ts` for parse time and tests); the first entry is the fallback for a missing key
 * and for an unknown `?lang=`.
 */
export const LANGUAGES = {
  en: { load: () => import('../locales/en.json'), htmlLang: 'en', intl: 'en-US' },
  zh: { load: () => import('../locales/zh.json'), htmlLang: 'zh-CN', intl: 'zh-CN' },
} satisfies Record<string, LanguageInfo>

export type Lang = keyof typeof LANGUAGES
export type LanguageRegistry = Record<string, LanguageInfo>

export const DEFAULT_LANG: Lang = 'en'
