import type { LanguageRegistry } from '../../locales/languages'
import { describe, expect, it, vi } from 'vitest'
import { BUNDLED_RESOURCES, createBundledI18n } from '../../i18n/bundled'
import { createDeckI18n, firstKnownLang, htmlLang, intlLocale, nextLang, parseLang } from '../../i18n/core'
import { dynamicT } from '../../i18n/dynamic-key'
import { formatEnergy } from '../../i18n/format'
import { ensureLocale, hasLocale, markLocalesLoaded } from '../../i18n/locales'
import en from '../../locales/en.json'
import { LANGUAGES } from '../../locales/languages'
import zh from '../../locales/zh.json'
import fr from '../fixtures/fr.json'

describe('language codes', () => {
  it('accepts the known languages from ?lang=, case and spaces aside', () => {
    expect(parseLang('zh')).toBe('zh')
    expect(parseLang(' EN ')).toBe('en')
  })
  it.each(['fr', '', '<script>alert(1)</script>', 'zh-TW', 'constructor', '__proto__', null, undefined, 42])('rejects %j', (v) => {
    expect(parseLang(v)).toBeUndefined()
  })
  it('a browser\'s first language the deck has (navigator.languages), by its language subtag', () => {
    expect(firstKnownLang(['zh-CN', 'en-US'])).toBe('zh')
    expect(firstKnownLang(['de-DE', 'zh-TW', 'en'])).toBe('zh')
    expect(firstKnownLang(['fr-FR', 'en-GB'])).toBe('en')
    expect(firstKnownLang(['de', 'fr'])).toBeUndefined()
    expect(firstKnownLang([])).toBeUndefined()
    expect(firstKnownLang(['__proto__', 'constructor-x'])).toBeUndefined()
  })
  it('l toggles en ⇄ zh', () => {
    expect(nextLang('en')).toBe('zh')
    expect(nextLang('zh')).toBe('en')
    expect(nextLang('xx')).toBe('en')
  })
  it('<html lang> and Intl locale', () => {
    expect(htmlLang('en')).toBe('en')
    expect(htmlLang('zh')).toBe('zh-CN')
    expect(intlLocale('zh')).toBe('zh-CN')
  })
})

describe('the i18next instance', () => {
  it('translates in each language', () => {
    expect(createBundledI18n('en').t('deck.title')).toBe(en.deck.title)
    expect(createBundledI18n('zh').t('deck.title')).toBe(zh.deck.title)
  })
  it('a key missing in every language renders empty, never as the raw key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const t = dynamicT(createBundledI18n('zh').t)
    expect(t('slides.nope.title')).toBe('')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })
})

describe('a third language is one JSON file plus one registry line', () => {
  const frResource = fr as unknown as typeof en
  // The one line, as it would be added to i18n/languages.ts:
  const registry: LanguageRegistry = { ...LANGUAGES, fr: { load: async () => ({ default: frResource }), htmlLang: 'fr' } }

  it('is accepted in ?lang= and joins the L cycle', () => {
    expect(parseLang('fr', registry)).toBe('fr')
    expect(nextLang('zh', registry)).toBe('fr')
    expect(nextLang('fr', registry)).toBe('en')
    expect(htmlLang('fr', registry)).toBe('fr')
  })
  it('translates what it has and falls back to English for the rest, never a raw key', () => {
    const t = createBundledI18n('fr', registry, { fr: frResource }).t
    expect(t('deck.title')).toBe(fr.deck.title)
    expect(t('slides.agenda.title')).toBe(en.slides.agenda.title)
  })
  it('formats numbers in its own way through Intl, as its meta says', () => {
    createBundledI18n('fr', registry, { fr: frResource }) // its meta comes with its locale file
    expect(intlLocale('fr')).toBe('fr-FR')
    expect(formatEnergy(48.75e6, 'fr').text).toBe('48,75 GWh')
  })
})

describe('locale files: on demand in the browser, all at once at parse time', () => {
  it('every registered language has its file in the parse-time bundle, and loads the same words on demand', async () => {
    expect(Object.keys(BUNDLED_RESOURCES)).toEqual(Object.keys(LANGUAGES))
    for (const [code, info] of Object.entries(LANGUAGES))
      expect((await info.load()).default).toEqual(BUNDLED_RESOURCES[code])
  })
  it('an instance started with one language gets the other one added and switches to it', async () => {
    const i18n = createDeckI18n('en', { en })
    expect(hasLocale(i18n, 'zh')).toBe(false)
    markLocalesLoaded(i18n, ['en'])
    await ensureLocale(i18n, 'zh')
    expect(hasLocale(i18n, 'zh')).toBe(true)
    await i18n.changeLanguage('zh')
    expect(i18n.t('deck.title')).toBe(zh.deck.title)
  })
})
