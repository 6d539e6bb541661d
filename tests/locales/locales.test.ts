import type { Tree } from './leaves'
// The locale files: same keys, same placeholders, no empty strings, and Chinese written for Chinese readers.
import { describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { QUOTES, RANGES } from '../../model'
import { leaves } from './leaves'

const enLeaves = new Map(leaves(en as Tree))
const zhLeaves = new Map(leaves(zh as Tree))
/**
 * The placeholders of a string, with the model's figures each names: a range stands for its two figures, a
 * quotation for the figures its words state. Both languages must show the same figures, but one may quote a
 * source's words where the other paraphrases them ("{{quote.article.googleShare}}" in Chinese, its three
 * figures in English).
 */
function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{\{([^}]+)\}\}/g)].flatMap((m) => {
    const name = m[1]!.trim()
    const [kind, ...rest] = name.split('.')
    const id = rest.join('.')
    if (kind === 'range' && id in RANGES)
      return Object.values(RANGES[id as keyof typeof RANGES]).map(f => `fig.${f}`)
    if (kind === 'quote' && id in QUOTES)
      return QUOTES[id as keyof typeof QUOTES].figures.map(f => `fig.${f}`)
    return [name]
  }))].sort()
}

/** Keys allowed to contain the article's mistranslations (they quote or explain them). */
const QUOTES_ARTICLE = /quote|articleSays|mistranslation/i
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff'
const ASCII_PUNCT_NEXT_TO_CJK = new RegExp(`[${CJK}][,:;?!]|[,:;?!][${CJK}]`)

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const onlyEn = [...enLeaves.keys()].filter(k => !zhLeaves.has(k))
    const onlyZh = [...zhLeaves.keys()].filter(k => !enLeaves.has(k))
    expect(onlyEn).toEqual([])
    expect(onlyZh).toEqual([])
    expect(enLeaves.size).toBeGreaterThan(100)
  })

  it('use the same interpolation variables in each key', () => {
    const diff = [...enLeaves].filter(([k, v]) => zhLeaves.has(k) && placeholders(v).join() !== placeholders(zhLeaves.get(k)!).join())
    expect(diff.map(([k]) => k)).toEqual([])
  })

  it('have no empty or blank strings', () => {
    for (const [lang, map] of [['en', enLeaves], ['zh', zhLeaves]] as const) {
      const empty = [...map].filter(([, v]) => v.trim() === '').map(([k]) => k)
      expect(empty, lang).toEqual([])
    }
  })

  it('zh: no 代币 or 变压器 except where a key quotes the article', () => {
    const bad = [...zhLeaves].filter(([k, v]) => /代币|变压器/.test(v) && !QUOTES_ARTICLE.test(k)).map(([k]) => k)
    expect(bad).toEqual([])
    // and the quoting keys exist, so the exception is not dead code
    expect([...zhLeaves].some(([k, v]) => QUOTES_ARTICLE.test(k) && v.includes('代币'))).toBe(true)
  })

  it('zh: full-width punctuation next to Chinese characters (no ASCII , : ; ? !)', () => {
    const bad = [...zhLeaves].filter(([, v]) => ASCII_PUNCT_NEXT_TO_CJK.test(v)).map(([k, v]) => `${k}: ${v}`)
    expect(bad).toEqual([])
  })

  it('zh: the terms the talk uses are the right ones', () => {
    const all = [...zhLeaves.values()].join('\n')
    for (const term of ['词元', 'Transformer 模型', '千瓦时', '参数', '数据中心', '电网碳强度']) expect(all).toContain(term)
  })

  it('the punctuation check catches a planted error', () => {
    expect(ASCII_PUNCT_NEXT_TO_CJK.test('数据中心,用电')).toBe(true)
    expect(ASCII_PUNCT_NEXT_TO_CJK.test('数据中心：用电')).toBe(false)
    expect(ASCII_PUNCT_NEXT_TO_CJK.test('GPT-3: ok')).toBe(false)
  })
})
