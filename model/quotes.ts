import type { FigureId } from './figures'
import type { QuoteId } from './quote-ids'
import type { SourceId } from './source-marks'

export * from './quote-ids'

/**
 * A source's own words, kept verbatim. A slide or a note shows them in quotation marks exactly as the source
 * wrote them, figures included ("超过2500亿美元", "2.3 TWh"): they never pass through the number formatter, and
 * they keep their language on a slide in the other one. Only a source's own words go in quotation marks; a
 * translation or a paraphrase is written without them, with its figures from FIGURES.
 */
export interface Quote {
  /**
   * The words, character for character. Two conventions only: an omission is marked "……" (Chinese) or "…"
   * (English), and the Chinese article's half-width punctuation (its web page sets "," and ":") is written
   * full-width, as Chinese text sets it.
   */
  text: string
  /** The language of the words: `zh` or `en` (a language code of the deck). */
  lang: 'zh' | 'en'
  source: SourceId
  /** The model figures whose values the words state, in the source's own writing. */
  figures: readonly FigureId[]
  /** English: where the words are and what they get wrong, if anything. */
  note: string
}

/** Every quotation the talk shows. Ids are `<source or subject>.<what>`. */
export const QUOTES = {
  // ── The Chinese article (千家网, 2024), as printed ─────────────────────────────────────────────────
  'article.headlineGrowth': {
    text: '人工智能需要5倍、10倍、30倍的电力',
    lang: 'zh',
    source: 'article2024',
    figures: ['article.headlineGrowthLow', 'article.headlineGrowthMid', 'article.headlineGrowthHigh'],
    note: 'A headline the article quotes: multipliers with no base.',
  },
  'article.headlineHomes': {
    text: '足够运行10万个家庭的电力',
    lang: 'zh',
    source: 'article2024',
    figures: ['article.headlineHouseholds'],
    note: 'A headline the article quotes.',
  },
  'article.nasTons': {
    text: '相当于62.6万吨二氧化碳排放量',
    lang: 'zh',
    source: 'article2024',
    figures: ['article.nasTons'],
    note: 'Strubell\'s 626,155 lb estimate with pounds read as tonnes.',
  },
  'article.commonCrawlDollars': {
    text: '超过2500亿美元跨越16年的页面',
    lang: 'zh',
    source: 'article2024',
    figures: ['article.commonCrawlDollars', 'article.commonCrawlYears'],
    note: 'Common Crawl\'s "over 250 billion pages spanning 16 years", with pages turned into dollars.',
  },
  'article.commonCrawlTokens': {
    text: '用于训练GPT-3的82%的原始代币',
    lang: 'zh',
    source: 'article2024',
    figures: ['commonCrawl.gpt3RawShare'],
    note: 'Right share; tokens translated as 代币 (crypto tokens) instead of 词元.',
  },
  'article.wudao': {
    text: '中国LLM第一个版本WU Dao使用了1.75万亿个参数',
    lang: 'zh',
    source: 'article2024',
    figures: ['wudao.parameters'],
    note: 'Right count, wrong version: it was WuDao 2.0.',
  },
  'article.transformerLoops': {
    text: '变压器层依赖于循环，……数据会循环回其上一层',
    lang: 'zh',
    source: 'article2024',
    figures: [],
    note: 'Wrong in the English original already (Transformers dispense with recurrence); 变压器 is an electrical transformer.',
  },
  'article.googleShare': {
    text: 'Google表示，目前人工智能占其用电量的10%到15%，即每年2.3 TWh',
    lang: 'zh',
    source: 'article2024',
    figures: ['article.googleAiShareLow', 'article.googleAiShareHigh', 'article.googleAiEnergy'],
    note: 'Part of a consultant\'s remark quoted by S&P Global; 2.3 TWh is not a Google figure.',
  },

  // ── Primary sources, in their own language ─────────────────────────────────────────────────────
  'vaswani.attention': {
    text: 'based solely on attention mechanisms, dispensing with recurrence and convolutions entirely',
    lang: 'en',
    source: 'vaswani2017',
    figures: [],
    note: 'The abstract of "Attention Is All You Need".',
  },
  'meta.powerAdjusted': {
    text: 'adjusted for power usage efficiency',
    lang: 'en',
    source: 'metaLlama3',
    figures: [],
    note: 'The Llama 3 model card on its power column: "Peak power capacity per GPU device for the GPUs used adjusted for power usage efficiency."',
  },
} as const satisfies Record<QuoteId, Quote>
