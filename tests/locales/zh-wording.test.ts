// Chinese wording: the right terms, one spelling of Google, and one rule for spaces next to digits,
// checked over every zh string as the audience reads it (figures interpolated in their zh format).
import { describe, expect, it } from 'vitest'
import { createBundledI18n } from '../../i18n/bundled'
import { dynamicT } from '../../i18n/dynamic-key'
import { quoteText } from '../../i18n/figures'
import { sourceText } from '../../i18n/sources'
import { QUOTES } from '../../model'
import { digitGroupingProblems } from '../i18n/zh-digits'
import { renderedStrings } from './rendered'

/** Keys allowed to quote the article as it was printed (its spelling, its mistranslations). */
const QUOTES_ARTICLE = /quote|articleSays|mistranslation/i

/** Each zh string rendered: model figures in their Chinese format, other placeholders with a sample number. */
const rendered = (): [string, string][] => renderedStrings('zh')
/** A rendered string without its verbatim quotations (they keep the source's own writing). */
const withoutQuotations = (s: string): string => Object.keys(QUOTES).reduce((rest, id) => rest.split(quoteText(id as keyof typeof QUOTES)).join('“…”'), s)

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff'
/**
 * The digit-spacing rule: a number written as a quantity, a year or a count (with its % if any) touches
 * the Chinese characters around it with no space: "2023年", "每台6.5千瓦", "12%的搜索". A number that
 * belongs to a Latin name or phrase (GPT-4, H100, Llama 3, PUE 1.2, 70B) follows the Latin rule
 * instead: one space between it and Chinese ("GPT-4 或 PaLM", "Llama 3 约…").
 */
export function digitSpacingProblems(s: string): string[] {
  const problems: string[] = []
  for (const m of s.matchAll(/\d[\d.,]*%?/g)) {
    const start = m.index
    const end = start + m[0].length
    const before = s.slice(0, start)
    const after = s.slice(end)
    const latinBound = /[A-Z]-?$/i.test(before) || /[A-Z][\w.-]*\s$/i.test(before) || /^[A-Z]/i.test(after)
    if (latinBound)
      continue
    if (new RegExp(`[${HAN}]\\s+$`).test(before) || new RegExp(`^\\s+[${HAN}]`).test(after))
      problems.push(s.slice(Math.max(0, start - 4), Math.min(s.length, end + 4)))
  }
  return problems
}

describe('zh wording', () => {
  const all = rendered()

  it('renders every string without a raw placeholder', () => {
    const raw = all.filter(([, v]) => /\{\{|\}\}/.test(v)).map(([k, v]) => `${k}: ${v}`)
    expect(raw).toEqual([])
  })

  it('the grid mix is 电源结构 (电网结构 means network topology); chips that show g/kWh are labelled 电网碳强度', () => {
    expect(all.filter(([, v]) => v.includes('电网结构')).map(([k]) => k)).toEqual([])
    expect(all.some(([, v]) => v.includes('电源结构'))).toBe(true)
    const label = new Map(all).get('calc.gridsLabel')!
    expect(label).toBe('各地电网碳强度：')
    // the chips are screen-only: their label must not be words that printed text also uses (the PDF test looks for it)
    expect(all.filter(([k, v]) => k !== 'calc.gridsLabel' && v.includes(label)).map(([k]) => k)).toEqual([])
  })

  it('one term for a result in kWh: 用电量 (not 电量 here and 耗电量 there)', () => {
    const bad = all.filter(([, v]) => /耗电量|(?<!用)电量/.test(v)).map(([k, v]) => `${k}: ${v}`)
    expect(bad).toEqual([])
    const m = new Map(all)
    expect(m.get('slides.formula.energy')).toBe('用电量')
    expect(m.get('calc.out.energy')).toBe('用电量')
  })

  it('ranges are written with ～ and the unit once (18亿～27亿千瓦时), never "…到…个网页到"', () => {
    const m = new Map(all)
    expect(m.get('slides.data.monthly')).toBe('每月新增30亿～50亿个网页')
    expect(m.get('slides.electricityShare.step3')).toContain('18亿～27亿千瓦时')
    expect(all.filter(([, v]) => /个网页(?:到|至)/.test(v)).map(([k]) => k)).toEqual([])
  })

  it('the talk\'s own arithmetic is labelled in Chinese', () => {
    const t = dynamicT(createBundledI18n('zh').t)
    expect(sourceText('derived', t).short).toBe('本演讲自行计算')
    expect(sourceText('derived', t).title).not.toMatch(/arithmetic|cited/i)
    expect(sourceText('strubell2019', t).title).toBe('Energy and Policy Considerations for Deep Learning in NLP') // a publication keeps its title
  })

  it('google is 谷歌 in running text; only quotes of the article keep its spelling', () => {
    const bad = all.filter(([k, v]) => /Google/i.test(v) && !QUOTES_ARTICLE.test(k)).map(([k, v]) => `${k}: ${v}`)
    expect(bad).toEqual([])
    expect(all.filter(([, v]) => v.includes('谷歌')).length).toBeGreaterThan(5)
  })

  it('no space between a number and Chinese characters, in every rendered string', () => {
    const bad = all.flatMap(([k, v]) => digitSpacingProblems(v).map(p => `${k}: «${p}»`))
    expect(bad).toEqual([])
  })

  it('one rule for digits: no separator below 10,000, 万/亿 above, in every rendered string, notes included', () => {
    const bad = all.flatMap(([k, v]) => digitGroupingProblems(withoutQuotations(v)).map(p => `${k}: «${p}»`))
    expect(bad).toEqual([])
    // the figures that broke it before: Strubell's pounds and the pounds-per-tonne ratio
    const carbon = all.filter(([k]) => k.startsWith('slides.carbon.')).map(([, v]) => v).join('\n')
    expect(carbon).toContain('62.6155万磅')
    expect(carbon).toContain('2204倍')
    expect(carbon).not.toMatch(/626,155|2,204/)
  })

  it('no "US$" anywhere: dollars are 亿美元 in Chinese', () => {
    expect(all.filter(([, v]) => /US\$|\$/.test(v)).map(([k, v]) => `${k}: ${v}`)).toEqual([])
    expect(all.some(([, v]) => v.includes('亿美元'))).toBe(true)
  })

  it('words that mislead a Chinese reader are gone', () => {
    const banned: [RegExp, string, string][] = [
      [/./, 'RISE 的算法', 'reads as "algorithm": 估算'],
      [/./, '本文', 'reads as "this talk": 原文 / 该文'],
      [/./, '只是渲染', '造势'],
      [/./, '造势', 'reads as hype: 背景铺陈'],
      [/./, '算法', 'reads as "algorithm"; a method of accounting is 计算口径'],
      [/./, '生成式预训练 Transformer 模型', 'GPT is 生成式预训练 Transformer'],
      [/./, '译错单位', 'nothing shows the translator made the pounds-for-tonnes slip: 把磅误读成吨'],
      [/./, '官方公布', 'GPT-3\'s energy was published by Google researchers: 已发表'],
      [/./, '约为实际', 'the 284 t is a correct conversion of an estimate, not the real figure'],
      [/./, '衡量的不是同一回事', 'both are parameter counts; the reason is that a mixture of experts uses a fraction of them per token'],
      [/./, '越来越省电', 'Epoch: the drop is partly an older, too-pessimistic token count'],
      [/./, '需要大量硬件', 'attention lets a Transformer use hardware: 能用上大量硬件'],
      [/./, '实际测到', 'a survey reports: 运营方报告的'],
      [/./, '见了报', 'the article was published online'],
      [/./, '夸大了', 'ambiguous multiple: 约为实际的…倍'],
      [/datacentres/i, '实测', 'IEA figures are estimates and projections, not measurements'],
    ]
    const bad = banned.flatMap(([keys, w, why]) => all.filter(([k, v]) => keys.test(k) && v.includes(w)).map(([k]) => `${k}: ${w} (${why})`))
    expect(bad).toEqual([])
  })
})

describe('the digit-spacing check catches planted errors', () => {
  it('flags a space between a number and Chinese, on either side', () => {
    for (const s of ['2009 年', '每台 6.5千瓦', '共 3125 台服务器', '12% 的搜索', '悟道 2.0', '相当于爱尔兰的 99.66%'])
      expect(digitSpacingProblems(s), s).not.toEqual([])
  })

  it('accepts numbers glued to Chinese and numbers inside Latin names', () => {
    for (const s of ['2023年', '每台6.5千瓦', '悟道2.0', 'GPT-4 或 PaLM', '一台 DGX H100 服务器', 'Llama 3 约5.39亿千瓦时', 'PUE 取1.2', 'Llama 3 70B 能复现', '770万 GPU 小时'])
      expect(digitSpacingProblems(s), s).toEqual([])
  })
})
