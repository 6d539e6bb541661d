// A third language is one locale file: the French fixture's slide strings render with its own meta
// (Intl locale fr-FR, thousands, its unit words), and no Chinese or English word leaks into them.
import type { LanguageRegistry, LocaleResource } from '../../locales/languages'
import type { Tree } from '../locales/leaves'
import { describe, expect, it } from 'vitest'
import { createBundledI18n } from '../../i18n/bundled'
import { dynamicT } from '../../i18n/dynamic-key'
import { textValues } from '../../i18n/figures'
import { formatCount, formatEnergy } from '../../i18n/format'
import en from '../../locales/en.json'
import { LANGUAGES, localeMeta } from '../../locales/languages'
import fr from '../fixtures/fr.json'
import { leaves } from '../locales/leaves'

// the fixture holds only some of the keys (the rest falls back to English, as a missing key does)
const frResource = fr as Partial<LocaleResource> as LocaleResource
const registry: LanguageRegistry = { ...LANGUAGES, fr: { load: async () => ({ default: frResource }), htmlLang: 'fr' } }
const t = dynamicT(createBundledI18n('fr', registry, { fr: frResource }).t)
const values = textValues('fr', t)
const rendered = leaves(fr.slides as Tree).map(([k]) => [k, t(`slides.${k}`, { ...values })] as const)

/** English words of the deck that a French string must not show (unit words, number words, fillers). */
const ENGLISH = /\b(?:a day|a year|billion|million|thousand|hours?|days?|parameters|GPU-hours|servers?|per|about|the|with|of)\b/
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF]/

describe('a third language from its locale file alone', () => {
  it('its meta is read from the file', () => {
    expect(localeMeta('fr')?.intl).toBe('fr-FR')
    expect(localeMeta('fr-CA')?.nativeName).toBe('Français')
  })

  it('every slide string of the fixture renders, with no raw key, placeholder, Chinese or English word', () => {
    expect(rendered.length).toBeGreaterThan(8)
    for (const [k, text] of rendered) {
      expect(text, k).not.toBe('')
      expect(text, k).not.toMatch(/\{\{|\}\}|fig\./)
      expect(text, k).not.toMatch(CJK)
      expect(text, k).not.toMatch(ENGLISH)
    }
  })

  it('numbers are in French: decimal comma, narrow no-break space, French number and unit words', () => {
    const text = Object.fromEntries(rendered)
    expect(text['devries.daily']).toBe(`= ${formatEnergy(80e6, 'fr').text} par jour`)
    expect(text['devries.daily']).toContain('80 GWh')
    expect(text['devries.yearly']).toContain('29,2 TWh')
    expect(text['gpt4Rise.result']).toContain('48,75 GWh')
    expect(text['gpt4Rise.power']).toMatch(/100\u00A0jours$/) // Intl's French unit words, joined by a no-break space
    expect(text['devries.power']).toMatch(/6,5 kW × 24\u00A0heures$/)
    expect(text['devries.gpus']).toContain('4,103 millions')
    expect(text['devries.servers']).toContain('512\u202F821 serveurs')
    expect(text['carbon.s2Value']).toMatch(/^\d+ t éq\. CO₂$/)
    expect(text['parameters.gpt3Value']).toBe(`${formatCount(175e9, 'fr').text} de paramètres`)
    expect(text['parameters.gpt3Value']).toBe('175 milliards de paramètres')
  })

  it('the same strings in English keep English formatting (the fixture changes nothing else)', () => {
    expect(t('slides.devries.yearly', { lng: 'en', ...textValues('en', t) })).toBe(en.slides.devries.yearly.replace('{{fig.devries.yearlyEnergy}}', '29.2 TWh'))
  })
})
