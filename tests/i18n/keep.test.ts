// Where running text may not break (i18n/keep.ts): names and terms whole, a Chinese paragraph's end kept together,
// a source mark with the word before it.
import { describe, expect, it } from 'vitest'
import { figureRuns, keepLayout, keepRuns } from '../../i18n/keep'

const kept = (runs: { s: string, keep?: boolean }[]): string[] => runs.filter(r => r.keep).map(r => r.s)
const text = (p: object): string => ('s' in p ? (p as { s: string }).s : `<${Object.values(p)[0]}>`)

describe('keepRuns: names and terms whole', () => {
  it('keeps model names, CO₂e and short Chinese brackets', () => {
    expect(kept(keepRuns('GPT-4o and Llama 3 70B beat GPT-3 on LAION-5B, in t CO₂e'))).toEqual(['GPT-4o', 'Llama 3 70B', 'GPT-3', 'LAION-5B', 'CO₂e'])
    expect(kept(keepRuns('电网碳强度（克/千瓦时）和二氧化碳当量'))).toEqual(['（克/千瓦时）', '二氧化碳当量'])
  })
  it('leaves plain text as it is', () => {
    expect(keepRuns('plain words')).toEqual([{ s: 'plain words' }])
  })
})

describe('keepLayout: a paragraph\'s end', () => {
  it('keeps the last three Chinese characters with their punctuation', () => {
    const l = keepLayout([{ text: '相当于爱尔兰全国一年的用电量。' }], 'zh')
    expect(l.tail.map(text).join('')).toBe('用电量。')
    expect(l.lead.map(text).join('')).toBe('相当于爱尔兰全国一年的')
  })
  it('keeps a figure with a short word after it', () => {
    const l = keepLayout([{ text: '÷ 每台 = ' }, { fig: 'x' }, { text: '台' }], 'zh')
    expect(l.tail.map(text)).toEqual(['<x>', '台'])
  })
  it('moves the cut to the start of a term it would split', () => {
    const l = keepLayout([{ text: '电网碳强度（克/千瓦时）' }], 'zh')
    expect(l.tail.map(text).join('')).toBe('（克/千瓦时）')
  })
  it('keeps nothing extra in English unless a mark follows, then the last word', () => {
    expect(keepLayout([{ text: 'a sentence ends' }], 'en').tail).toEqual([])
    expect(keepLayout([{ text: 'a sentence ends' }], 'en', true).tail.map(text).join('')).toBe('ends')
  })
})

describe('figureRuns: a big figure that wraps', () => {
  it('keeps the number with its unit word, and the last word for the mark', () => {
    expect(figureRuns('5.85 billion image–text pairs', 'en')).toEqual({ head: '5.85 billion', middle: ' image–text ', tail: 'pairs' })
    expect(figureRuns('58.5亿个图文对', 'zh')).toEqual({ head: '58.5亿个', middle: '', tail: '图文对' })
    expect(figureRuns('48.75 GWh', 'en')).toEqual({ head: '48.75 GWh', middle: '', tail: '' })
  })
})
