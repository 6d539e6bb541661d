// @vitest-environment happy-dom
// Quotations are the source's own words: verbatim, figures as the source wrote them, never through the number
// formatter; a translation or a paraphrase goes without quotation marks. Checked on every rendered string of
// both languages (notes included), against the source's text, and on a slide (<T> with <Quote>).
import type { QuoteId } from '../../model'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import T from '../../components/T.vue'
import { quoteText } from '../../i18n/figures'
import { deckNoteHtml } from '../../i18n/slide-text'
import { QUOTES } from '../../model'
import { mountWithLang } from '../components/mount'
import { renderedStrings } from './rendered'

vi.mock('@slidev/client/composables/useNav.ts', async () => ({ useNav: (await import('../components/mount')).fakeNav }))

/**
 * The sentences of the Chinese article (千家网, 2024-01-15) that the talk quotes, copied from the article as
 * published, with its half-width punctuation.
 */
const ARTICLE = [
  '头条新闻倾向于猜测“人工智能需要5倍、10倍、30倍的电力”和“足够运行10万个家庭的电力”等。',
  '其他研究人员计算出,使用“神经架构搜索”技术训练一个中型生成式AI模型所消耗的电力和能源相当于62.6万吨二氧化碳排放量。',
  'Commoncrawl表示,它是每个LLM的主要训练语料库,并且提供了用于训练GPT-3的82%的原始代币:“我们让研究人员可以大规模提取、转换和分析开放网络数据……超过2500亿美元跨越16年的页面。每个月都会添加3-50亿个新页面。”',
  '中国LLM第一个版本WU Dao使用了1.75万亿个参数,还提供文本到图像和文本到视频的服务。',
  '变压器层依赖于循环,因此当输入数据移动到一个变压器层时,数据会循环回其上一层,并输出到下一层。',
  '从宏观数据来看,到2030年,人工智能将占全球电力需求的3%至4%。Google表示,目前人工智能占其用电量的10%到15%,即每年2.3 TWh”',
].join('\n')
/** Other sources' words, as published. */
const PRIMARY: Partial<Record<string, string>> = {
  vaswani2017: 'We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.',
  metaLlama3: 'Power Consumption: Peak power capacity per GPU device for the GPUs used adjusted for power usage efficiency.',
}
/** The article's web page sets Chinese text with half-width punctuation; a quotation sets it full-width. */
const fullWidth = (s: string): string => s.replace(/,/g, '，').replace(/:/g, '：').replace(/;/g, '；')

/**
 * Words in quotation marks that are not quotations: a term or a title named as such ("代币", "变压器", the
 * article's title), each without a figure. Any other quoted span must be one of QUOTES, verbatim.
 */
const MENTIONS = new Set([
  '为什么人工智能如此需要资源?',
  'AI and data centres – Why AI is so resource hungry',
  'Transformer 模型',
  '生成式预训练 Transformer',
  '代币',
  '词元',
  '变压器',
  '万亿',
  '网页',
  '美元',
  '第一个版本',
  'This talk’s arithmetic',
  '本演讲自行计算',
  'PUE', // the sample field name of calc.scenarioIgnored
])
const quoteIds = Object.keys(QUOTES) as QuoteId[]
const verbatim = new Set<string>(quoteIds.map(id => QUOTES[id].text))
const all = [...renderedStrings('en').map(([k, v]) => [`en:${k}`, v]), ...renderedStrings('zh').map(([k, v]) => [`zh:${k}`, v])] as [string, string][]
const spans = all.flatMap(([k, v]) => [...v.matchAll(/“([^”]*)”/g)].map(m => [k, m[1]!] as const))

describe('quotations are the source\'s own words', () => {
  it('every span in quotation marks, in both languages, is a quotation from the model or a term named as such', () => {
    const unknown = spans.filter(([, s]) => !verbatim.has(s) && !MENTIONS.has(s)).map(([k, s]) => `${k}: “${s}”`)
    expect(unknown).toEqual([])
  })

  it('a term in quotation marks holds no figure (a quoted figure is always the source\'s own writing)', () => {
    for (const m of MENTIONS) expect(m.replace(/GPT-\d|LLM/g, ''), m).not.toMatch(/\d/)
  })

  it('every quotation is used, and renders exactly as the model holds it', () => {
    for (const id of quoteIds) {
      const used = all.filter(([, v]) => v.includes(quoteText(id)))
      expect(used.length, id).toBeGreaterThan(0)
    }
  })

  it('the article\'s quotations are its words, character for character (omissions marked ……)', () => {
    const source = fullWidth(ARTICLE)
    for (const id of quoteIds.filter(q => QUOTES[q].source === 'article2024')) {
      expect(QUOTES[id].lang, id).toBe('zh')
      for (const piece of QUOTES[id].text.split('……')) expect(source, `${id}: ${piece}`).toContain(piece)
    }
  })

  it('other sources\' quotations are their words, in their language', () => {
    for (const id of quoteIds.filter(q => QUOTES[q].source !== 'article2024')) {
      const text = PRIMARY[QUOTES[id].source]
      expect(text, id).toBeDefined()
      for (const piece of QUOTES[id].text.split('…')) expect(text, id).toContain(piece)
    }
  })

  it('the figures the formatter used to rewrite stay as the article printed them', () => {
    const zh = new Map(renderedStrings('zh'))
    expect(zh.get('slides.data.quoteDollars')).toBe('“超过2500亿美元跨越16年的页面”')
    expect(zh.get('slides.electricityShare.quoteGoogle')).toBe('“Google表示，目前人工智能占其用电量的10%到15%，即每年2.3 TWh”')
    expect(zh.get('slides.forecasts.homes')).toBe('“足够运行10万个家庭的电力”')
    expect(zh.get('slides.parameters.quote')).toBe('“中国LLM第一个版本WU Dao使用了1.75万亿个参数”')
    expect(zh.get('slides.carbon.s4')).toContain('“相当于62.6万吨二氧化碳排放量”')
    for (const [k, v] of zh) {
      expect(v, k).not.toContain('US$')
      expect(v, k).not.toMatch(/即每年\d+亿千瓦时/)
    }
  })

  it('presenter notes carry quotations verbatim too', () => {
    const html = deckNoteHtml('electricityShare')!
    expect(html).not.toContain('US$')
    expect(deckNoteHtml('data')).not.toContain('US$')
  })
})

describe('on a slide: <T> puts a <Quote> with the source\'s words and its mark', () => {
  /** <Quote> comes in its own chunk (T.vue): until it is in, the sentence shows without the quotation. */
  const quoteLoaded = async (): Promise<void> => {
    await vi.dynamicImportSettled()
    await flushPromises()
  }

  it('zh: the Chinese quotation, verbatim, with the article\'s source mark', async () => {
    const { wrapper } = mountWithLang(T, 'zh', { k: 'slides.data.quoteDollars' })
    await quoteLoaded()
    const q = wrapper.get('[data-quote="article.commonCrawlDollars"]')
    expect(q.text()).toBe('“超过2500亿美元跨越16年的页面”')
    expect(q.attributes('lang')).toBe('zh-CN')
    expect(q.get('.keep').text()).toBe('2500亿美元') // a figure and its unit stay on one line
    expect(wrapper.find('[data-source="article2024"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('en: a Chinese quotation on an English slide keeps its words and its Chinese lang', async () => {
    const { wrapper } = mountWithLang(T, 'en', { k: 'slides.parameters.quote' })
    await quoteLoaded()
    const q = wrapper.get('[data-quote="article.wudao"]')
    expect(q.text()).toBe('“中国LLM第一个版本WU Dao使用了1.75万亿个参数”')
    expect(q.attributes('lang')).toBe('zh-CN')
    expect(wrapper.text()).toContain('(the first version)')
    wrapper.unmount()
  })

  it('a range is one figure with the unit once: "18亿～27亿千瓦时" / "1.8–2.7 TWh"', () => {
    for (const [lang, want] of [['zh', '18亿～27亿千瓦时'], ['en', '1.8–2.7 TWh']] as const) {
      const { wrapper } = mountWithLang(T, lang, { k: 'slides.electricityShare.step3' })
      expect(wrapper.get('[data-range="google.aiEnergy"]').text()).toContain(want)
      wrapper.unmount()
    }
  })
})
