// The visible mark of every source the talk cites, in the order of the references slide: all a slide
// needs to show a mark "[n]" and its tooltip. The bibliographic entries (sources.ts) are only needed by
// the references slide and the handout, so the slides' marks do not carry them.

/** Each source's visible mark ("Strubell et al. 2019"), by id, in the order of the references slide. */
export const SOURCE_MARKS = {
  article2024: '千家网 2024',
  ansett: 'Ansett, Intelligent Data Centres',
  strubell2019: 'Strubell et al. 2019',
  bender2021: 'Bender et al. 2021',
  hbr2023: 'Kumar & Davenport, HBR 2023',
  brown2020: 'Brown et al. 2020',
  commonCrawl: 'Common Crawl',
  img2dataset: 'LAION / img2dataset',
  schuhmann2022: 'Schuhmann et al. 2022',
  baai2021: 'BAAI 2021',
  vaswani2017: 'Vaswani et al. 2017',
  spglobal2023: 'S&P Global 2023 (Groarke)',
  patterson2022: 'Patterson et al. 2022',
  patterson2021: 'Patterson et al. 2021',
  devries2023: 'de Vries 2023',
  rise: 'RISE',
  semianalysis2023: 'SemiAnalysis 2023',
  wired2023: 'Wired 2023 (Sam Altman)',
  luccioni2023: 'Luccioni et al. 2023',
  metaLlama3: 'Meta, Llama 3 model card',
  metaLlama31: 'Meta, Llama 3.1 model card',
  iea2024: 'IEA, Electricity 2024',
  iea2025: 'IEA, Energy and AI 2025',
  nvidiaA100: 'NVIDIA A100 datasheet',
  nvidiaH100: 'NVIDIA H100 datasheet',
  nvidiaDgx: 'NVIDIA DGX docs',
  googlePue: 'Google data centres (PUE)',
  uptime2022: 'Uptime Institute 2022',
  uptime2023: 'Uptime Institute 2023',
  uptime2024: 'Uptime Institute 2024',
  ember2024: 'Ember 2024',
  ember2023: 'Ember 2023',
  eia: 'U.S. EIA',
  chinaNea2023: '国家能源局 2023',
  chinaCensus2020: '第七次全国人口普查 2020',
  epoch2025: 'Epoch AI 2025',
  google2009: 'Google 2009',
  google2025: 'Google 2025 (Gemini)',
  altman2025: 'Sam Altman 2025',
  greenAlgorithms: 'Green Algorithms (Lannelongue et al. 2021)',
  mlCo2Impact: 'ML CO2 Impact (Lacoste et al. 2019)',
  codeCarbon: 'CodeCarbon',
  carbontracker: 'Carbontracker (Anthony et al. 2020)',
  llmCarbon: 'LLMCarbon (Faiz et al. 2024)',
  derived: 'This talk’s arithmetic',
} as const

/** Id of a cited source. */
export type SourceId = keyof typeof SOURCE_MARKS

/** Sources in the order of the references slide; a source's mark `[n]` is its position, from 1. */
export const SOURCE_ORDER = Object.keys(SOURCE_MARKS) as SourceId[]

/** The number of a source's mark `[n]` (its place in the references, from 1). */
export function sourceNumber(id: SourceId): number {
  return SOURCE_ORDER.indexOf(id) + 1
}
