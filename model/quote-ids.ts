// The ids of the quotations the talk shows (their words: quotes.ts). A sentence finds its quotations
// by id as it is cut into parts (i18n/figures.ts); only the slides that show one need the words, so
// the ids live apart and the words load with the component that shows them.

/** Ids of every quotation, `<source or subject>.<what>`, in the order of quotes.ts. */
export const QUOTE_IDS = [
  'article.headlineGrowth',
  'article.headlineHomes',
  'article.nasTons',
  'article.commonCrawlDollars',
  'article.commonCrawlTokens',
  'article.wudao',
  'article.transformerLoops',
  'article.googleShare',
  'vaswani.attention',
  'meta.powerAdjusted',
] as const

/** Id of a quotation. */
export type QuoteId = typeof QUOTE_IDS[number]

/** Whether `id` names a quotation. */
export const isQuoteId = (id: string): id is QuoteId => (QUOTE_IDS as readonly string[]).includes(id)
