import type { SourceId } from './source-marks'

/** Units of a figure; base units only (kWh, kg, kW, hours, g/kWh), plus counts of things. */
export type Unit
  = | 'kWh'
    | 'kg'
    | 'lb'
    | 'kW'
    | 'kWPerGB'
    | 'hours'
    | 'gpuHours'
    | 'years'
    | 'calendarYear'
    | 'gPerKWh'
    | 'count'
    | 'tokens'
    | 'parameters'
    | 'bytes'
    | 'fraction'
    | 'ratio'
    | 'USD'
    | 'pages'
    | 'pairs'

/**
 * Whether an energy or emissions figure counts the data centre's overhead (PUE): `included` (facility
 * energy, or a power figure its source says is adjusted for PUE), `excluded` (IT equipment only, PUE 1),
 * `notApplicable` (not a computing load: a country, a household, hardware manufacturing), or `unstated`
 * (the source does not say).
 */
export type PueBasis = 'included' | 'excluded' | 'notApplicable' | 'unstated'

/**
 * What an emissions figure counts: `operational` (the electricity the job drew), `idle` (the idle
 * infrastructure only), `embodied` (manufacturing the hardware only), or `lifecycle` (all three).
 */
export type EmissionsScope = 'operational' | 'idle' | 'embodied' | 'lifecycle'

/** What else makes two totals unlike: the IEA's data-centre totals with or without crypto-mining. */
export type ScopeNote = 'inclCrypto' | 'exclCrypto'

/** The basis of an energy or emissions figure: two figures are comparable only when their bases are equal. */
export interface Basis {
  pue: PueBasis
  /** Emissions figures only (unit kg or lb). */
  emissions?: EmissionsScope
  scope?: ScopeNote
}

/** One number the talk uses, with its unit, source and what it means. */
export interface Figure {
  value: number
  unit: Unit
  source: SourceId
  /** Year the figure refers to (or was published, when it has no other year). */
  year: number
  /** English: what it measures and what it assumes. */
  note: string
  /** Energy (kWh) and emissions (kg, lb) figures: what they include. */
  basis?: Basis
  /** Figures of source `derived`: the talk's own arithmetic, as a formula over other figures' ids. */
  formula?: string
}

/**
 * Every figure in FACTS.md. Ids are `<subject>.<quantity>`, values always in the figure's base unit.
 * `article.*` are the article's own (often wrong) values as printed; the unit word in some of their ids
 * (`nasTons`, `gpt4Gwh`) is the article's wording, the value is still in kg / kWh.
 */
export const FIGURES = {
  // ── The article's own values (shown, then corrected) ──────────────────────────────────────────
  'article.headlineGrowthLow': { value: 5, unit: 'ratio', source: 'article2024', year: 2023, note: 'Headline guess "AI needs 5x the power" quoted by the article; not checkable.' },
  'article.headlineGrowthMid': { value: 10, unit: 'ratio', source: 'article2024', year: 2023, note: 'Headline guess "10x" quoted by the article.' },
  'article.headlineGrowthHigh': { value: 30, unit: 'ratio', source: 'article2024', year: 2023, note: 'Headline guess "30x" quoted by the article.' },
  'article.headlineHouseholds': { value: 100_000, unit: 'count', source: 'article2024', year: 2023, note: 'Headline phrase "enough power for 100,000 homes" quoted by the article.' },
  'article.rackPowerLow': { value: 50, unit: 'kW', source: 'article2024', year: 2023, note: 'Rack power density the trade press expected (low end).' },
  'article.rackPowerHigh': { value: 100, unit: 'kW', source: 'article2024', year: 2023, note: 'Rack power density the trade press expected (high end).' },
  'article.hbrTons': { value: 300_000, unit: 'kg', source: 'article2024', year: 2023, basis: { pue: 'included', emissions: 'operational' }, note: 'Article: ~300 t CO2 to train "a single large LM such as GPT-4 or PaLM", from HBR. Really Strubell\'s 2019 estimate for a NAS run (284 t once converted); GPT-4\'s footprint is unpublished. Stored in kg.' },
  'article.nasTons': { value: 626_000_000, unit: 'kg', source: 'article2024', year: 2024, basis: { pue: 'included', emissions: 'operational' }, note: 'Article: "62.6万吨" (626,000 t) CO2 for NAS training. Strubell\'s 626,155 lb estimate with pounds read as tonnes; its correct conversion is 284 t (still an estimate). Stored in kg.' },
  'article.commonCrawlDollars': { value: 250e9, unit: 'USD', source: 'article2024', year: 2024, note: 'Article: "超过2500亿美元" (over 250 billion dollars). Mistranslation: Common Crawl holds 250+ billion pages.' },
  'article.commonCrawlYears': { value: 16, unit: 'years', source: 'article2024', year: 2023, note: 'Article: Common Crawl spans 16 years (crawling since 2007).' },
  'article.googleAiShareLow': { value: 0.1, unit: 'fraction', source: 'article2024', year: 2023, note: 'Article: "Google says AI is 10-15% of its electricity" (low end). Really Patterson et al. 2022: ML < 15% of Google\'s energy 2019-21.' },
  'article.googleAiShareHigh': { value: 0.15, unit: 'fraction', source: 'article2024', year: 2023, note: 'Article: high end of "10-15%" (see article.googleAiShareLow).' },
  'article.googleAiEnergy': { value: 2.3e9, unit: 'kWh', source: 'article2024', year: 2023, basis: { pue: 'included' }, note: 'Article: "2.3 TWh a year" presented as a Google figure. It is not Google\'s: it is the midpoint of 10-15% x 18.3 TWh, arithmetic on the inputs de Vries gives.' },
  'article.gpt4Gwh': { value: 50e6, unit: 'kWh', source: 'article2024', year: 2023, basis: { pue: 'excluded' }, note: 'Article quoting RISE: ~50 GWh to train GPT-4. The arithmetic of its inputs gives 48.75 GWh. Stored in kWh.' },

  // ── Neural architecture search (C2) ───────────────────────────────────────────────────────────
  'nas.co2Lb': { value: 626_155, unit: 'lb', source: 'strubell2019', year: 2019, basis: { pue: 'included', emissions: 'operational' }, note: 'Estimated CO2e of training a Transformer-big with neural architecture search, in pounds (= 284 t): an estimate from GPU power, hours and the US average grid, not a measurement.' },
  'nas.co2': { value: 284_000, unit: 'kg', source: 'bender2021', year: 2021, basis: { pue: 'included', emissions: 'operational' }, note: 'Strubell\'s NAS estimate correctly converted to tonnes (284 t). The correct conversion of an estimate, not a measured figure: see nas.actualCo2.' },
  'nas.actualCo2': { value: 3_200, unit: 'kg', source: 'patterson2021', year: 2019, basis: { pue: 'included', emissions: 'operational' }, note: 'Patterson et al. 2021: the neural architecture search that found the Evolved Transformer, as actually run (TPUs in a Google data centre), emitted about 3.2 t CO2e.' },
  'nas.estimateOverActual': { value: 88, unit: 'ratio', source: 'patterson2021', year: 2021, note: 'Patterson et al. 2021: Strubell et al.\'s 284 t estimate is about 88 times the 3.2 t the search actually emitted (284 / 3.2 = 88.75).' },
  'nas.articleRatio': { value: 2204, unit: 'ratio', source: 'derived', year: 2024, formula: 'article.nasTons ÷ nas.co2', note: 'Derived: the article\'s 626,000 t / Strubell\'s 284 t ≈ 2,204, which is the number of pounds in a tonne (1,000 / 0.45359): pounds were read as tons.' },
  'hbr.llmCo2': { value: 300_000, unit: 'kg', source: 'hbr2023', year: 2023, basis: { pue: 'included', emissions: 'operational' }, note: 'HBR\'s "about 300 t" for training a large LM: Strubell\'s 284 t rounded and attached to GPT-4/PaLM.' },

  // ── Common Crawl and GPT-3 data (C3, C4) ──────────────────────────────────────────────────────
  'commonCrawl.pages': { value: 250e9, unit: 'pages', source: 'commonCrawl', year: 2023, note: 'Pages in the Common Crawl corpus since 2007 ("over 250 billion").' },
  'commonCrawl.monthlyPagesLow': { value: 3e9, unit: 'pages', source: 'commonCrawl', year: 2023, note: 'New pages added per month (low end).' },
  'commonCrawl.monthlyPagesHigh': { value: 5e9, unit: 'pages', source: 'commonCrawl', year: 2023, note: 'New pages added per month (high end).' },
  'commonCrawl.firstYear': { value: 2007, unit: 'calendarYear', source: 'commonCrawl', year: 2007, note: 'Year Common Crawl started crawling.' },
  'commonCrawl.gpt3Tokens': { value: 410e9, unit: 'tokens', source: 'brown2020', year: 2020, note: 'Tokens of filtered Common Crawl in GPT-3\'s data (Table 2.2).' },
  'commonCrawl.gpt3RawShare': { value: 0.82, unit: 'fraction', source: 'brown2020', year: 2020, note: 'Common Crawl\'s share of GPT-3\'s raw tokens: 410 B / 499 B.' },
  'commonCrawl.gpt3MixWeight': { value: 0.6, unit: 'fraction', source: 'brown2020', year: 2020, note: 'Common Crawl\'s weight in GPT-3\'s training mix (Table 2.2), lower than its raw share.' },
  'commonCrawl.gpt3Shards': { value: 41, unit: 'count', source: 'brown2020', year: 2020, note: 'Monthly Common Crawl shards (2016-2019) used for GPT-3 (App. A).' },
  'commonCrawl.gpt3RawBytes': { value: 45e12, unit: 'bytes', source: 'brown2020', year: 2020, note: '45 TB of compressed plaintext before filtering (App. A).' },
  'commonCrawl.gpt3FilteredBytes': { value: 570e9, unit: 'bytes', source: 'brown2020', year: 2020, note: '570 GB after filtering (App. A).' },
  'commonCrawl.gpt3FilteredTokens': { value: 400e9, unit: 'tokens', source: 'brown2020', year: 2020, note: 'About 400 B BPE tokens after filtering (App. A).' },
  'commonCrawl.gpt3KeptShare': { value: 0.013, unit: 'fraction', source: 'brown2020', year: 2020, note: 'Share of bytes kept by filtering: 570 GB / 45 TB ≈ 1.3%.' },

  // ── GPT-3 (C6 and Patterson 2021) ─────────────────────────────────────────────────────────────
  'gpt3.parameters': { value: 175e9, unit: 'parameters', source: 'brown2020', year: 2020, note: 'GPT-3 parameters (dense).' },
  'gpt3.rawTokens': { value: 499e9, unit: 'tokens', source: 'brown2020', year: 2020, note: 'Total tokens of GPT-3\'s datasets (Table 2.2).' },
  'gpt3.gpus': { value: 10_000, unit: 'count', source: 'patterson2021', year: 2020, note: 'V100 GPUs used to train GPT-3.' },
  'gpt3.gpuPower': { value: 0.33, unit: 'kW', source: 'patterson2021', year: 2020, note: 'Measured average power per V100 during training (330 W): a system average per accelerator that includes its share of memory, network interface, fans and host CPU; not a TDP.' },
  'gpt3.hours': { value: 355.2, unit: 'hours', source: 'patterson2021', year: 2020, note: 'Training time: 14.8 days.' },
  'gpt3.pue': { value: 1.1, unit: 'ratio', source: 'patterson2021', year: 2020, note: 'PUE of the Microsoft data centre used (1.1); the published 1,287 MWh and 552 t include it.' },
  'gpt3.gridIntensity': { value: 429, unit: 'gPerKWh', source: 'patterson2021', year: 2020, note: 'Grid intensity used by Patterson et al. (0.429 kg CO2e/kWh).' },
  'gpt3.energy': { value: 1_287_000, unit: 'kWh', source: 'patterson2021', year: 2020, basis: { pue: 'included' }, note: 'Published training energy, 1,287 MWh, including the PUE of 1.1.' },
  'gpt3.co2BeforePue': { value: 502_000, unit: 'kg', source: 'luccioni2023', year: 2020, basis: { pue: 'excluded', emissions: 'operational' }, note: 'GPT-3\'s emissions before PUE, 502 t CO2e, as Luccioni et al. give it (Table 4) to compare with BLOOM: 552 t / 1.1.' },
  'gpt3.co2': { value: 552_000, unit: 'kg', source: 'patterson2021', year: 2020, basis: { pue: 'included', emissions: 'operational' }, note: 'Published training emissions, 552 t CO2e: 1,287 MWh (PUE 1.1 included) x 0.429 kg/kWh, electricity only.' },

  // ── Images (C5) ───────────────────────────────────────────────────────────────────────────────
  'laion.laion400mPairs': { value: 400e6, unit: 'pairs', source: 'img2dataset', year: 2021, note: 'Nominal size of LAION-400M (its name): image-text pairs.' },
  'laion.laion400mBytes': { value: 10e12, unit: 'bytes', source: 'img2dataset', year: 2021, note: 'LAION-400M images downloaded at 256 px: ~10 TB.' },
  'laion.laion400mMetadataBytes': { value: 50e9, unit: 'bytes', source: 'img2dataset', year: 2021, note: 'LAION-400M metadata alone: ~50 GB.' },
  'laion.laion5bPairs': { value: 5.85e9, unit: 'pairs', source: 'schuhmann2022', year: 2022, note: 'CLIP-filtered image-text pairs in LAION-5B.' },
  'laion.laion5bEnglishPairs': { value: 2.32e9, unit: 'pairs', source: 'schuhmann2022', year: 2022, note: 'English pairs in LAION-5B.' },
  'laion.laion5bBytes256': { value: 50e12, unit: 'bytes', source: 'schuhmann2022', year: 2022, note: 'LAION-5B images at 256 px: ~50 TB.' },
  'laion.laion5bBytes384': { value: 220e12, unit: 'bytes', source: 'schuhmann2022', year: 2022, note: 'LAION-5B images at 384 px: ~220 TB.' },

  // ── WuDao (C6) ────────────────────────────────────────────────────────────────────────────────
  'wudao.gpt3Ratio': { value: 10, unit: 'ratio', source: 'derived', year: 2021, formula: 'wudao.parameters ÷ gpt3.parameters', note: 'Derived: WuDao 2.0\'s 1.75 T parameters / GPT-3\'s 175 B = 10x on paper (sparse vs dense, so not a like-for-like comparison).' },
  'wudao.parameters': { value: 1.75e12, unit: 'parameters', source: 'baai2021', year: 2021, note: 'WuDao 2.0 (2021-06-01, not the first version): claimed parameters of a sparse mixture-of-experts, not comparable with a dense model.' },

  // ── AI's share of electricity (C8) ────────────────────────────────────────────────────────────
  'aiShare.world2030Low': { value: 0.03, unit: 'fraction', source: 'spglobal2023', year: 2030, note: 'One consultant\'s forecast (David Groarke) of AI\'s share of world electricity in 2030, low end.' },
  'aiShare.world2030High': { value: 0.04, unit: 'fraction', source: 'spglobal2023', year: 2030, note: 'Same forecast, high end.' },
  'google.mlShareMax': { value: 0.15, unit: 'fraction', source: 'patterson2022', year: 2021, note: 'Machine learning was under 15% of Google\'s energy use, 2019-2021.' },
  'google.aiShareLow': { value: 0.1, unit: 'fraction', source: 'devries2023', year: 2021, note: 'de Vries: AI was 10-15% of Google\'s electricity (low end), from Google\'s researchers\' "under 15%". He gives the share and the 18.3 TWh total, not their product.' },
  'google.aiShareHigh': { value: 0.15, unit: 'fraction', source: 'devries2023', year: 2021, note: 'de Vries: high end of the 10-15% share.' },
  'google.electricity2021': { value: 18.3e9, unit: 'kWh', source: 'devries2023', year: 2021, basis: { pue: 'included' }, note: 'Google\'s total electricity use in 2021 (18.3 TWh).' },
  'google.aiEnergyLow': { value: 1.8e9, unit: 'kWh', source: 'derived', year: 2021, formula: 'google.aiShareLow × google.electricity2021', basis: { pue: 'included' }, note: 'This talk\'s arithmetic on the inputs de Vries gives (18.3 TWh in 2021, AI 10-15% of it): 10% x 18.3 TWh = 1.83 ≈ 1.8 TWh. de Vries gives no TWh range.' },
  'google.aiEnergyHigh': { value: 2.7e9, unit: 'kWh', source: 'derived', year: 2021, formula: 'google.aiShareHigh × google.electricity2021', basis: { pue: 'included' }, note: 'This talk\'s arithmetic on de Vries\' inputs: 15% x 18.3 TWh = 2.745 ≈ 2.7 TWh.' },

  // ── de Vries: an LLM in every Google search (C9) ──────────────────────────────────────────────
  'devries.gpus': { value: 4_102_568, unit: 'count', source: 'devries2023', year: 2023, note: 'A100 GPUs needed for an LLM in every Google search (from SemiAnalysis).' },
  'devries.gpusPerServer': { value: 8, unit: 'count', source: 'devries2023', year: 2023, note: 'GPUs per A100 HGX server.' },
  'devries.servers': { value: 512_821, unit: 'count', source: 'devries2023', year: 2023, note: 'A100 HGX servers: 4,102,568 GPUs / 8.' },
  'devries.serverPower': { value: 6.5, unit: 'kW', source: 'devries2023', year: 2023, note: 'Power per server, assumed at full load.' },
  'devries.hoursPerDay': { value: 24, unit: 'hours', source: 'devries2023', year: 2023, note: 'Worst case: servers at full power all day.' },
  'devries.share': { value: 1, unit: 'fraction', source: 'devries2023', year: 2023, note: 'Worst case: every search is handled by an LLM.' },
  'devries.pue': { value: 1, unit: 'ratio', source: 'devries2023', year: 2023, note: 'No data-centre overhead counted (PUE 1).' },
  'devries.dailyEnergy': { value: 80e6, unit: 'kWh', source: 'devries2023', year: 2023, basis: { pue: 'excluded' }, note: '80 GWh per day for the worst case.' },
  'devries.yearlyEnergy': { value: 29.2e9, unit: 'kWh', source: 'devries2023', year: 2023, basis: { pue: 'excluded' }, note: '29.2 TWh per year for the worst case.' },
  'devries.dailySearches': { value: 9e9, unit: 'count', source: 'devries2023', year: 2023, note: 'Google searches per day (~9 billion).' },
  'devries.irelandElectricity': { value: 29.3e9, unit: 'kWh', source: 'devries2023', year: 2023, basis: { pue: 'notApplicable' }, note: 'Ireland\'s yearly electricity use (29.3 TWh), which de Vries compares with 29.2 TWh.' },

  // ── Energy per request ────────────────────────────────────────────────────────────────────────
  'chatgpt.servers': { value: 3_617, unit: 'count', source: 'devries2023', year: 2023, note: 'A100 HGX servers serving ChatGPT in early 2023 (SemiAnalysis via de Vries).' },
  'chatgpt.dailyEnergy': { value: 564_000, unit: 'kWh', source: 'devries2023', year: 2023, basis: { pue: 'excluded' }, note: '3,617 servers x 6.5 kW x 24 h = 564 MWh per day.' },
  'chatgpt.dailyRequests': { value: 195e6, unit: 'count', source: 'devries2023', year: 2023, note: 'ChatGPT requests per day.' },
  'chatgpt.requestEnergy': { value: 0.0029, unit: 'kWh', source: 'devries2023', year: 2023, basis: { pue: 'excluded' }, note: 'At most 2.9 Wh per ChatGPT request, as de Vries puts it: 564 MWh / 195 M requests, servers at full power, no PUE.' },
  'gpt4o.requestEnergy': { value: 0.0003, unit: 'kWh', source: 'epoch2025', year: 2025, basis: { pue: 'included' }, note: '~0.3 Wh per typical GPT-4o query (Epoch AI, Feb 2025), with a PUE of 1.2. Epoch attributes the tenfold drop from ~3 Wh partly to better models and hardware and partly to the earlier estimate\'s too pessimistic token count.' },
  'gpt4o.pue': { value: 1.2, unit: 'ratio', source: 'epoch2025', year: 2025, note: 'PUE in Epoch AI\'s estimate for GPT-4o (baseline).' },
  'gemini.promptEnergy': { value: 0.00024, unit: 'kWh', source: 'google2025', year: 2025, basis: { pue: 'included' }, note: 'Google, August 2025: the median Gemini Apps text prompt (May 2025) used 0.24 Wh, measured in Google\'s production fleet: active accelerators, host CPU and memory, idle machines kept for reliability, and data-centre overhead (PUE). First-party; a median, not an average; text prompts only; no training, network or user devices.' },
  'chatgpt.queryEnergy2025': { value: 0.00034, unit: 'kWh', source: 'altman2025', year: 2025, basis: { pue: 'unstated' }, note: 'Sam Altman, "The Gentle Singularity" (10 June 2025): "the average query uses about 0.34 watt-hours". First-party, an average over ChatGPT queries; no method, scope or data-centre overhead published.' },
  'google.searchEnergy2009': { value: 0.0003, unit: 'kWh', source: 'google2009', year: 2009, basis: { pue: 'unstated' }, note: '~0.3 Wh per Google search (Google, 2009), including work done before the search such as building the index; Google did not say how it counts data-centre overhead.' },

  // ── GPT-4 per RISE and the SemiAnalysis leak (C10) ────────────────────────────────────────────
  'gpt4.riseParameters': { value: 1.7e12, unit: 'parameters', source: 'rise', year: 2023, note: 'Parameters as RISE states them (1.7 T), its own figure: the July 2023 leak said about 1.8 T (gpt4.leakParameters). OpenAI published no size.' },
  'gpt4.riseTokens': { value: 13e12, unit: 'tokens', source: 'rise', year: 2023, note: 'Training tokens as RISE states them; the number is the July 2023 leak\'s (~13 T).' },
  'gpt4.riseCost': { value: 100e6, unit: 'USD', source: 'rise', year: 2023, note: 'Cost as RISE states it ("OpenAI revealed…$100 million"): the figure is Sam Altman\'s "more than $100 million" (gpt4.altmanCost), not a disclosure of the run\'s inputs.' },
  'gpt4.altmanCost': { value: 100e6, unit: 'USD', source: 'wired2023', year: 2023, note: 'Sam Altman, OpenAI\'s CEO, at an MIT event in April 2023 (reported by Wired): training GPT-4 cost more than $100 million. A lower bound, and the only one of RISE\'s inputs that came from OpenAI.' },
  'gpt4.riseHours': { value: 2_400, unit: 'hours', source: 'rise', year: 2023, note: '100 days of training, as RISE states; the July 2023 leak said 90-100 days.' },
  'gpt4.riseGpus': { value: 25_000, unit: 'count', source: 'rise', year: 2023, note: 'A100 GPUs as RISE states them; the number is the July 2023 leak\'s (~25,000). These and the days are the inputs that drive the energy.' },
  'gpt4.riseGpusPerServer': { value: 8, unit: 'count', source: 'rise', year: 2023, note: 'GPUs per server implied by RISE\'s 6.5 kW servers (DGX/HGX A100).' },
  'gpt4.riseServerPower': { value: 6.5, unit: 'kW', source: 'rise', year: 2023, note: 'Power per server, as RISE assumed (DGX A100 maximum).' },
  'gpt4.riseUtilization': { value: 1, unit: 'fraction', source: 'rise', year: 2023, note: 'Implicit: RISE counts every server at full power for the whole run.' },
  'gpt4.risePue': { value: 1, unit: 'ratio', source: 'rise', year: 2023, note: 'Implicit: RISE adds no data-centre overhead (PUE 1).' },
  'gpt4.riseServers': { value: 3_125, unit: 'count', source: 'rise', year: 2023, note: '25,000 GPUs / 8 per server.' },
  'gpt4.riseEnergy': { value: 48.75e6, unit: 'kWh', source: 'rise', year: 2023, basis: { pue: 'excluded' }, note: 'Arithmetic of RISE\'s inputs: 3,125 servers x 6.5 kW x 2,400 h = 48.75 GWh (the article rounds to 50).' },
  'gpt4.leakParameters': { value: 1.8e12, unit: 'parameters', source: 'semianalysis2023', year: 2023, note: 'GPT-4 parameters per the July 2023 leak (~1.8 T, mixture of experts).' },
  'gpt4.leakTokens': { value: 13e12, unit: 'tokens', source: 'semianalysis2023', year: 2023, note: 'Training tokens per the leak (~13 T).' },
  'gpt4.leakGpus': { value: 25_000, unit: 'count', source: 'semianalysis2023', year: 2023, note: 'A100 GPUs per the leak (~25,000).' },
  'gpt4.leakHoursLow': { value: 2_160, unit: 'hours', source: 'semianalysis2023', year: 2023, note: 'Training time per the leak, low end: 90 days.' },
  'gpt4.leakHoursHigh': { value: 2_400, unit: 'hours', source: 'semianalysis2023', year: 2023, note: 'Training time per the leak, high end: 100 days.' },
  'gpt4.energy90Days': { value: 43.9e6, unit: 'kWh', source: 'derived', year: 2023, formula: 'gpt4.riseServers × gpt4.riseServerPower × gpt4.leakHoursLow', basis: { pue: 'excluded' }, note: 'RISE\'s arithmetic with 90 days instead of 100: 3,125 x 6.5 kW x 2,160 h ≈ 43.9 GWh.' },
  'gpt4.whatIfPue': { value: 1.2, unit: 'ratio', source: 'derived', year: 2023, formula: 'assumption', note: 'A plausible PUE for the what-if; RISE used none.' },
  'gpt4.energyPueLow': { value: 52.7e6, unit: 'kWh', source: 'derived', year: 2023, formula: 'gpt4.energy90Days × gpt4.whatIfPue', basis: { pue: 'included' }, note: '90 days with PUE 1.2: 43.875 GWh x 1.2 ≈ 52.7 GWh.' },
  'gpt4.energyPueHigh': { value: 58.5e6, unit: 'kWh', source: 'derived', year: 2023, formula: 'gpt4.riseEnergy × gpt4.whatIfPue', basis: { pue: 'included' }, note: '100 days with PUE 1.2: 48.75 GWh x 1.2 = 58.5 GWh.' },
  'gpt4.gpuOnlyEnergy': { value: 24e6, unit: 'kWh', source: 'derived', year: 2023, formula: 'gpt4.riseGpus × gpu.a100SxmPower × gpt4.riseHours', basis: { pue: 'excluded' }, note: 'GPU power alone: 25,000 x 0.4 kW (A100 SXM TDP) x 2,400 h = 24 GWh.' },

  // ── Published training runs ───────────────────────────────────────────────────────────────────
  'bloom.parameters': { value: 176e9, unit: 'parameters', source: 'luccioni2023', year: 2022, note: 'BLOOM parameters.' },
  'bloom.gpuHours': { value: 1_082_990, unit: 'gpuHours', source: 'luccioni2023', year: 2022, note: 'A100 GPU-hours of BLOOM\'s final training.' },
  'bloom.gpuPower': { value: 0.4, unit: 'kW', source: 'luccioni2023', year: 2022, note: 'A100 TDP used for the estimate (400 W).' },
  'bloom.pue': { value: 1, unit: 'ratio', source: 'luccioni2023', year: 2022, note: 'The 433,196 kWh dynamic-energy figure and its 24.7 t apply no PUE (1).' },
  'bloom.jeanZayPue': { value: 1.2, unit: 'ratio', source: 'luccioni2023', year: 2022, note: 'PUE of the Jean Zay supercomputer, as Luccioni et al. give it (Table 4); not in the 433,196 kWh or the 24.7 t.' },
  'bloom.energyWithPue': { value: 433_196 * 1.2, unit: 'kWh', source: 'derived', year: 2022, formula: 'bloom.energy × bloom.jeanZayPue', basis: { pue: 'included' }, note: 'BLOOM\'s dynamic energy with Jean Zay\'s PUE: 433,196 kWh x 1.2 ≈ 519,835 kWh.' },
  'bloom.co2WithPue': { value: 30_000, unit: 'kg', source: 'luccioni2023', year: 2022, basis: { pue: 'included', emissions: 'operational' }, note: 'BLOOM\'s dynamic-power emissions with PUE 1.2, about 30 t CO2e (Luccioni et al., Table 4: 25 t x 1.2).' },
  'bloom.gridIntensity': { value: 57, unit: 'gPerKWh', source: 'luccioni2023', year: 2022, note: 'French grid (Jean Zay supercomputer), 57 g CO2e/kWh.' },
  'bloom.energy': { value: 433_196, unit: 'kWh', source: 'luccioni2023', year: 2022, basis: { pue: 'excluded' }, note: 'Dynamic energy: 1,082,990 GPU-h x 0.4 kW, no PUE.' },
  'bloom.dynamicCo2': { value: 24_700, unit: 'kg', source: 'luccioni2023', year: 2022, basis: { pue: 'excluded', emissions: 'operational' }, note: 'Dynamic-power emissions, 24.7 t CO2e, no PUE.' },
  'bloom.idleCo2': { value: 14_600, unit: 'kg', source: 'luccioni2023', year: 2022, basis: { pue: 'unstated', emissions: 'idle' }, note: 'Idle infrastructure emissions, 14.6 t CO2e.' },
  'bloom.embodiedCo2': { value: 11_200, unit: 'kg', source: 'luccioni2023', year: 2022, basis: { pue: 'notApplicable', emissions: 'embodied' }, note: 'Embodied emissions of the hardware, 11.2 t CO2e.' },
  'bloom.totalCo2': { value: 50_500, unit: 'kg', source: 'luccioni2023', year: 2022, basis: { pue: 'unstated', emissions: 'lifecycle' }, note: 'Total: dynamic + idle + embodied = 50.5 t CO2e.' },
  'llama3.parameters8b': { value: 8e9, unit: 'parameters', source: 'metaLlama3', year: 2024, note: 'Llama 3 8B.' },
  'llama3.parameters70b': { value: 70e9, unit: 'parameters', source: 'metaLlama3', year: 2024, note: 'Llama 3 70B.' },
  'llama3.gpuHours': { value: 7.7e6, unit: 'gpuHours', source: 'metaLlama3', year: 2024, note: 'H100 GPU-hours for Llama 3 8B and 70B together.' },
  'llama3.gpuPower': { value: 0.7, unit: 'kW', source: 'metaLlama3', year: 2024, note: 'Power column of the model card: 700 W, "peak power capacity per GPU device for the GPUs used adjusted for power usage efficiency" (Meta does not publish the PUE itself).' },
  'llama3.co2': { value: 2_290_000, unit: 'kg', source: 'metaLlama3', year: 2024, basis: { pue: 'included', emissions: 'operational' }, note: 'Estimated total emissions, 2,290 t CO2e (8B + 70B), model card.' },
  'llama3.pue': { value: 1, unit: 'ratio', source: 'metaLlama3', year: 2024, note: 'Calculator input: 1, because the model card says its power figure is already adjusted for PUE; Meta publishes no PUE value.' },
  'method.oneGpuPerServer': { value: 1, unit: 'count', source: 'derived', year: 2024, formula: 'convention', note: 'Convention of the calculator: a source that gives power per GPU is entered as one GPU per "server".' },
  'method.fullUtilization': { value: 1, unit: 'fraction', source: 'derived', year: 2024, formula: 'convention', note: 'Convention: the source\'s power figure is already the average draw (or full power), so utilization is 1.' },
  'llama3.gpuHours70b': { value: 6.4e6, unit: 'gpuHours', source: 'metaLlama3', year: 2024, note: 'H100 GPU-hours for Llama 3 70B alone (model card; 8B took the other 1.3 M).' },
  'llama3.co2For70b': { value: 1_900_000, unit: 'kg', source: 'metaLlama3', year: 2024, basis: { pue: 'included', emissions: 'operational' }, note: 'Estimated emissions of Llama 3 70B, 1,900 t CO2e (model card).' },
  'llama3.energy70b': { value: 4.48e6, unit: 'kWh', source: 'derived', year: 2024, formula: 'llama3.gpuHours70b × llama3.gpuPower', basis: { pue: 'included' }, note: '6.4 M GPU-h x 0.7 kW = 4.48 GWh (per-GPU power that Meta says is adjusted for PUE).' },
  'llama3.impliedGridIntensity': { value: 1_900_000_000 / 4.48e6, unit: 'gPerKWh', source: 'derived', year: 2024, formula: 'llama3.co2For70b × 1000 ÷ llama3.energy70b', note: 'Solved backwards from Meta\'s own figures for 70B: 1,900 t / 4.48 GWh ≈ 424 g/kWh. Meta publishes no intensity; a calculator using this value reproduces 1,900 t by construction, so the preset uses an independent grid instead.' },
  'llama3.energy': { value: 5.39e6, unit: 'kWh', source: 'derived', year: 2024, formula: 'llama3.gpuHours × llama3.gpuPower', basis: { pue: 'included' }, note: '7.7 M GPU-h x 0.7 kW = 5.39 GWh (Meta publishes GPU-hours, a per-GPU power adjusted for PUE and emissions, not energy).' },
  'llama31.gpuHours': { value: 39.3e6, unit: 'gpuHours', source: 'metaLlama31', year: 2024, note: 'H100 GPU-hours for all Llama 3.1 models.' },
  'llama31.co2': { value: 11_390_000, unit: 'kg', source: 'metaLlama31', year: 2024, basis: { pue: 'included', emissions: 'operational' }, note: 'Location-based emissions of all Llama 3.1 models, 11,390 t CO2e.' },
  'llama31.energy': { value: 27.51e6, unit: 'kWh', source: 'derived', year: 2024, formula: 'llama31.gpuHours × llama3.gpuPower', basis: { pue: 'included' }, note: 'Derived: 39.3 M H100 GPU-hours x 0.7 kW (the model card\'s per-GPU power, adjusted for PUE) = 27.51 GWh for all Llama 3.1 models (Meta publishes emissions, not energy).' },
  'llama31.parameters405b': { value: 405e9, unit: 'parameters', source: 'metaLlama31', year: 2024, note: 'Llama 3.1 405B.' },
  'llama31.gpuHours405b': { value: 30.84e6, unit: 'gpuHours', source: 'metaLlama31', year: 2024, note: 'H100 GPU-hours for Llama 3.1 405B.' },
  'llama31.co2405b': { value: 8_930_000, unit: 'kg', source: 'metaLlama31', year: 2024, basis: { pue: 'included', emissions: 'operational' }, note: 'Location-based emissions of Llama 3.1 405B, 8,930 t CO2e.' },

  // ── Data centres, world ───────────────────────────────────────────────────────────────────────
  'dataCentres.world2022': { value: 460e9, unit: 'kWh', source: 'iea2024', year: 2022, basis: { pue: 'included', scope: 'inclCrypto' }, note: 'IEA estimate (not a measurement) of world data-centre electricity in 2022, including crypto-mining (460 TWh).' },
  'dataCentres.share2022': { value: 0.02, unit: 'fraction', source: 'iea2024', year: 2022, note: 'About 2% of world electricity.' },
  'dataCentres.world2026Low': { value: 620e9, unit: 'kWh', source: 'iea2024', year: 2026, basis: { pue: 'included', scope: 'inclCrypto' }, note: 'IEA projection for 2026, low case (620 TWh), including crypto-mining like the 2022 estimate.' },
  'dataCentres.world2026High': { value: 1050e9, unit: 'kWh', source: 'iea2024', year: 2026, basis: { pue: 'included', scope: 'inclCrypto' }, note: 'IEA projection for 2026, high case (1,050 TWh), including crypto-mining.' },
  'dataCentres.world2024': { value: 415e9, unit: 'kWh', source: 'iea2025', year: 2024, basis: { pue: 'included', scope: 'exclCrypto' }, note: 'IEA estimate (not a measurement) of world data-centre electricity in 2024, without crypto-mining (415 TWh).' },
  'dataCentres.share2024': { value: 0.015, unit: 'fraction', source: 'iea2025', year: 2024, note: 'About 1.5% of world electricity.' },
  'dataCentres.world2030': { value: 945e9, unit: 'kWh', source: 'iea2025', year: 2030, basis: { pue: 'included', scope: 'exclCrypto' }, note: 'IEA projection for 2030, base case (~945 TWh), without crypto-mining.' },

  // ── Hardware ──────────────────────────────────────────────────────────────────────────────────
  'gpu.a100SxmPower': { value: 0.4, unit: 'kW', source: 'nvidiaA100', year: 2021, note: 'A100 SXM TDP, 400 W.' },
  'gpu.a100Pcie40Power': { value: 0.25, unit: 'kW', source: 'nvidiaA100', year: 2021, note: 'A100 PCIe 40 GB TDP, 250 W.' },
  'gpu.a100Pcie80Power': { value: 0.3, unit: 'kW', source: 'nvidiaA100', year: 2021, note: 'A100 PCIe 80 GB TDP, 300 W.' },
  'gpu.h100SxmPower': { value: 0.7, unit: 'kW', source: 'nvidiaH100', year: 2023, note: 'H100 SXM TDP, 700 W.' },
  'gpu.h100PciePower': { value: 0.35, unit: 'kW', source: 'nvidiaH100', year: 2023, note: 'H100 PCIe TDP, 350 W.' },
  'server.dgxA100Power': { value: 6.5, unit: 'kW', source: 'nvidiaDgx', year: 2020, note: 'DGX A100 maximum system power, 6.5 kW.' },
  'server.dgxH100Power': { value: 10.2, unit: 'kW', source: 'nvidiaDgx', year: 2023, note: 'DGX H100 maximum system power, ~10.2 kW.' },
  'server.dgxGpus': { value: 8, unit: 'count', source: 'nvidiaDgx', year: 2023, note: 'GPUs in one DGX A100 or DGX H100.' },
  'rack.surveyMaxMost': { value: 20, unit: 'kW', source: 'uptime2023', year: 2023, note: 'Most operators have no racks above 20 kW.' },
  'rack.dgxH100PerRack': { value: 4, unit: 'count', source: 'derived', year: 2023, formula: 'assumption', note: 'Example: four DGX H100 in one rack.' },
  'rack.fourDgxH100Power': { value: 41, unit: 'kW', source: 'derived', year: 2023, formula: 'rack.dgxH100PerRack × server.dgxH100Power', note: '4 x 10.2 kW = 40.8 kW ≈ 41 kW per rack.' },

  // ── PUE ───────────────────────────────────────────────────────────────────────────────────────
  'pue.googleFleet': { value: 1.1, unit: 'ratio', source: 'googlePue', year: 2023, note: 'Google fleet-wide PUE, ~1.10.' },
  'pue.industry2022': { value: 1.55, unit: 'ratio', source: 'uptime2022', year: 2022, note: 'Industry average PUE, 2022.' },
  'pue.industry2023': { value: 1.58, unit: 'ratio', source: 'uptime2023', year: 2023, note: 'Industry average PUE, 2023.' },
  'pue.industry2024': { value: 1.56, unit: 'ratio', source: 'uptime2024', year: 2024, note: 'Industry average PUE, 2024.' },

  // ── Grid carbon intensity ─────────────────────────────────────────────────────────────────────
  'grid.world2023': { value: 480, unit: 'gPerKWh', source: 'ember2024', year: 2023, note: 'World average, lifecycle g CO2e/kWh, 2023.' },
  'grid.us2023': { value: 369, unit: 'gPerKWh', source: 'ember2024', year: 2023, note: 'United States, lifecycle g CO2e/kWh, 2023.' },
  'grid.china2023': { value: 582, unit: 'gPerKWh', source: 'ember2024', year: 2023, note: 'China, lifecycle g CO2e/kWh, 2023.' },
  'grid.france2023': { value: 56, unit: 'gPerKWh', source: 'ember2024', year: 2023, note: 'France, lifecycle g CO2e/kWh, 2023.' },
  'grid.world2022Direct': { value: 436, unit: 'gPerKWh', source: 'ember2023', year: 2022, note: 'World, direct (combustion) emissions only, 2022. Not comparable with the lifecycle figures.' },

  // ── Households ────────────────────────────────────────────────────────────────────────────────
  'household.us': { value: 10_791, unit: 'kWh', source: 'eia', year: 2022, basis: { pue: 'notApplicable' }, note: 'Average electricity per US residential utility customer in 2022: 10,791 kWh (EIA FAQ; the often-quoted 10,715 kWh is the 2020 value).' },
  'household.chinaResidential': { value: 1.35e12, unit: 'kWh', source: 'chinaNea2023', year: 2023, basis: { pue: 'notApplicable' }, note: 'China\'s residential electricity use in 2023 (1.35 trillion kWh).' },
  'household.chinaHouseholds': { value: 494_160_000, unit: 'count', source: 'chinaCensus2020', year: 2020, note: 'Family households (家庭户) in China at the 2020 census: 494.16 million (49,416万户).' },
  'household.china': { value: 2_700, unit: 'kWh', source: 'derived', year: 2023, formula: 'household.chinaResidential ÷ household.chinaHouseholds', basis: { pue: 'notApplicable' }, note: 'Per household per year: 2023 residential use / 2020 census households = 1.35e12 kWh / 494.16 M ≈ 2,730 ≈ 2,700 kWh.' },

  // ── How estimator tools compute ───────────────────────────────────────────────────────────────
  'tools.greenAlgorithmsMemoryPower': { value: 0.0003725, unit: 'kWPerGB', source: 'greenAlgorithms', year: 2021, note: 'Power per GB of memory: 0.3725 W/GB.' },
  'tools.greenAlgorithmsPue': { value: 1.56, unit: 'ratio', source: 'greenAlgorithms', year: 2021, note: 'Default PUE in Green Algorithms.' },
  'tools.greenAlgorithmsGridIntensity': { value: 475, unit: 'gPerKWh', source: 'greenAlgorithms', year: 2021, note: 'Default world grid intensity in Green Algorithms.' },
  'tools.codeCarbonPue': { value: 1, unit: 'ratio', source: 'codeCarbon', year: 2020, note: 'Default PUE in CodeCarbon (1.0).' },
  'tools.carbontrackerPue': { value: 1.58, unit: 'ratio', source: 'carbontracker', year: 2023, note: 'Fixed PUE in current Carbontracker releases: constants.PUE_2023 = 1.58 (Uptime Institute 2023 survey, Bizo). It depends on the version: earlier releases used 1.67 (Uptime 2019), 1.59 (2020) and 1.55 (PUE_2022).' },
  'tools.mlCo2ImpactPue': { value: 1, unit: 'ratio', source: 'mlCo2Impact', year: 2019, note: 'ML CO2 Impact counts GPU TDP x hours only: no PUE (1).' },
  'tools.trainingFlopsPerParamToken': { value: 6, unit: 'ratio', source: 'llmCarbon', year: 2024, note: 'Training FLOPs = 6 x parameters x tokens.' },
  'tools.inferenceFlopsPerParamToken': { value: 2, unit: 'ratio', source: 'llmCarbon', year: 2024, note: 'Inference FLOPs = 2 x parameters x tokens.' },
} as const satisfies Record<string, Figure>

/** Id of a figure, e.g. 'gpt3.energy'. */
export type FigureId = keyof typeof FIGURES

/**
 * Two figures of one unit shown as one range, the unit written once ("1.8–2.7 TWh", "18亿～27亿千瓦时").
 * Ids are `<subject>.<quantity>` like the figures'.
 */
export const RANGES = {
  'article.rackPower': { low: 'article.rackPowerLow', high: 'article.rackPowerHigh' },
  'article.googleAiShare': { low: 'article.googleAiShareLow', high: 'article.googleAiShareHigh' },
  'commonCrawl.monthlyPages': { low: 'commonCrawl.monthlyPagesLow', high: 'commonCrawl.monthlyPagesHigh' },
  'aiShare.world2030': { low: 'aiShare.world2030Low', high: 'aiShare.world2030High' },
  'google.aiShare': { low: 'google.aiShareLow', high: 'google.aiShareHigh' },
  'google.aiEnergy': { low: 'google.aiEnergyLow', high: 'google.aiEnergyHigh' },
  'gpt4.energyPue': { low: 'gpt4.energyPueLow', high: 'gpt4.energyPueHigh' },
} as const satisfies Record<string, { low: FigureId, high: FigureId }>

/** Id of a range, e.g. 'google.aiEnergy'. */
export type RangeId = keyof typeof RANGES

/** The figure with this id. */
export const figure = (id: FigureId): Figure => FIGURES[id]

/** The value of the figure with this id, in its base unit. */
export const figureValue = (id: FigureId): number => FIGURES[id].value
