// Every locale string as the audience reads it: model figures and ranges in the language's format,
// quotations verbatim, other placeholders with a sample value.
import type { Tree } from './leaves'
import { createBundledI18n } from '../../i18n/bundled'
import { dynamicT } from '../../i18n/dynamic-key'
import { textValues } from '../../i18n/figures'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { leaves } from './leaves'

const LOCALES = { en, zh } as const
/** Sample values for the placeholders that are not model figures (components pass them at run time). */
const SAMPLE: Record<'en' | 'zh', Record<string, string>> = {
  en: { n: '12', servers: '3,125', ratio: '99.66%', limit: '1', max: '12', one: '1', percent: '12%', value: '12', source: 'Ember 2024', language: '简体中文', name: 'World', title: 'Why is AI so resource-hungry?', no: '3', total: '37', field: 'PUE', reason: 'Cannot be negative.' },
  zh: { n: '12', servers: '3125', ratio: '99.66%', limit: '1', max: '12', one: '1', percent: '12%', value: '12', source: 'Ember 2024', language: 'English', name: '全球', title: '为什么人工智能如此需要资源？', no: '3', total: '37', field: 'PUE', reason: '不能为负数。' },
}

/** [key, rendered text] for every string of a language, notes included. */
export function renderedStrings(lang: 'en' | 'zh'): [string, string][] {
  const t = dynamicT(createBundledI18n(lang).t)
  const values = textValues(lang, t)
  return leaves(LOCALES[lang] as Tree).map(([k]) => [k, t(k, { ...SAMPLE[lang], ...values })])
}
