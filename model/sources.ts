import type { SourceId } from './source-marks'
import { SOURCE_MARKS } from './source-marks'

export * from './source-marks'

/** Every source the talk cites, as the references slide and the handout list it. `short` is its visible mark (source-marks.ts). */
export interface Source {
  id: string
  /** Visible source mark, e.g. "Strubell et al. 2019". */
  short: string
  authors: readonly string[]
  title: string
  venue: string
  year: number
  doi?: string
  url?: string
}

/** Each source's entry but its mark. DOIs and URLs only where the fact sheet gives them (arXiv ids become arxiv.org URLs). */
const ENTRIES = {
  article2024: {
    id: 'article2024',
    authors: ['千家网 (translation of Ed Ansett)'],
    title: '为什么人工智能如此需要资源?',
    venue: '千家网 (www.qianjia.com), 2024-01-15',
    year: 2024,
  },
  ansett: {
    id: 'ansett',
    authors: ['Ed Ansett (i3 Solutions Group)'],
    title: 'AI and data centres – Why AI is so resource hungry',
    venue: 'Intelligent Data Centres, issue 62',
    year: 2023,
  },
  strubell2019: {
    id: 'strubell2019',
    authors: ['Emma Strubell', 'Ananya Ganesh', 'Andrew McCallum'],
    title: 'Energy and Policy Considerations for Deep Learning in NLP',
    venue: 'ACL 2019',
    year: 2019,
    doi: '10.18653/v1/P19-1355',
  },
  bender2021: {
    id: 'bender2021',
    authors: ['Emily M. Bender', 'Timnit Gebru', 'Angelina McMillan-Major', 'Shmargaret Shmitchell'],
    title: 'On the Dangers of Stochastic Parrots: Can Language Models Be Too Big?',
    venue: 'FAccT 2021',
    year: 2021,
  },
  hbr2023: {
    id: 'hbr2023',
    authors: ['Ajay Kumar', 'Thomas H. Davenport'],
    title: 'How to Make Generative AI Greener',
    venue: 'Harvard Business Review, 2023-07-20',
    year: 2023,
  },
  brown2020: {
    id: 'brown2020',
    authors: ['Tom B. Brown', 'et al. (OpenAI)'],
    title: 'Language Models are Few-Shot Learners',
    venue: 'NeurIPS 2020 (arXiv:2005.14165)',
    year: 2020,
    url: 'https://arxiv.org/abs/2005.14165',
  },
  commonCrawl: {
    id: 'commonCrawl',
    authors: ['Common Crawl Foundation'],
    title: 'Common Crawl: open repository of web crawl data',
    venue: 'commoncrawl.org',
    year: 2024,
    url: 'https://commoncrawl.org',
  },
  img2dataset: {
    id: 'img2dataset',
    authors: ['Romain Beaumont', 'LAION'],
    title: 'img2dataset documentation: downloading LAION-400M',
    venue: 'GitHub (rom1504/img2dataset)',
    year: 2021,
    url: 'https://github.com/rom1504/img2dataset',
  },
  schuhmann2022: {
    id: 'schuhmann2022',
    authors: ['Christoph Schuhmann', 'et al. (LAION)'],
    title: 'LAION-5B: An open large-scale dataset for training next generation image-text models',
    venue: 'NeurIPS 2022 Datasets and Benchmarks (arXiv:2210.08402)',
    year: 2022,
    url: 'https://arxiv.org/abs/2210.08402',
  },
  baai2021: {
    id: 'baai2021',
    authors: ['Beijing Academy of Artificial Intelligence (BAAI)'],
    title: 'WuDao 2.0 announcement (悟道 2.0), 2021-06-01',
    venue: 'BAAI Conference 2021',
    year: 2021,
  },
  vaswani2017: {
    id: 'vaswani2017',
    authors: ['Ashish Vaswani', 'et al. (Google)'],
    title: 'Attention Is All You Need',
    venue: 'NeurIPS 2017 (arXiv:1706.03762)',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.03762',
  },
  spglobal2023: {
    id: 'spglobal2023',
    authors: ['S&P Global Commodity Insights', 'quoting David Groarke (Indigo Advisory Group)'],
    title: 'Power of AI: Wild predictions of power demand from AI put industry on edge',
    venue: 'S&P Global Commodity Insights',
    year: 2023,
  },
  patterson2022: {
    id: 'patterson2022',
    authors: ['David Patterson', 'et al. (Google)'],
    title: 'The Carbon Footprint of Machine Learning Training Will Plateau, Then Shrink',
    venue: 'IEEE Computer (arXiv:2204.05149)',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.05149',
  },
  patterson2021: {
    id: 'patterson2021',
    authors: ['David Patterson', 'et al. (Google)'],
    title: 'Carbon Emissions and Large Neural Network Training',
    venue: 'arXiv:2104.10350',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.10350',
  },
  devries2023: {
    id: 'devries2023',
    authors: ['Alex de Vries'],
    title: 'The growing energy footprint of artificial intelligence',
    venue: 'Joule 7(10), 2023-10-10',
    year: 2023,
    doi: '10.1016/j.joule.2023.09.004',
  },
  rise: {
    id: 'rise',
    authors: ['RISE Research Institutes of Sweden'],
    title: 'Estimate of the energy used to train GPT-4 (as quoted in the article)',
    venue: 'RISE Research Institutes of Sweden (ri.se)',
    year: 2023,
  },
  semianalysis2023: {
    id: 'semianalysis2023',
    authors: ['Dylan Patel', 'Gerald Wong'],
    title: 'GPT-4 Architecture, Infrastructure, Training Dataset, Costs, Vision, MoE',
    venue: 'SemiAnalysis, July 2023',
    year: 2023,
  },
  wired2023: {
    id: 'wired2023',
    authors: ['Will Knight (Wired)'],
    title: 'OpenAI’s CEO Says the Age of Giant AI Models Is Already Over (Sam Altman at MIT: GPT-4 cost more than $100 million to train)',
    venue: 'Wired, 2023-04-17',
    year: 2023,
    url: 'https://www.wired.com/story/openai-ceo-sam-altman-the-age-of-giant-ai-models-is-already-over/',
  },
  luccioni2023: {
    id: 'luccioni2023',
    authors: ['Alexandra Sasha Luccioni', 'Sylvain Viguier', 'Anne-Laure Ligozat'],
    title: 'Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
    venue: 'JMLR 24(253), 2023 (arXiv:2211.02001)',
    year: 2023,
    url: 'https://arxiv.org/abs/2211.02001',
  },
  metaLlama3: {
    id: 'metaLlama3',
    authors: ['Meta'],
    title: 'Llama 3 model card',
    venue: 'Meta Llama',
    year: 2024,
  },
  metaLlama31: {
    id: 'metaLlama31',
    authors: ['Meta'],
    title: 'Llama 3.1 model card',
    venue: 'Meta Llama',
    year: 2024,
  },
  iea2024: {
    id: 'iea2024',
    authors: ['International Energy Agency'],
    title: 'Electricity 2024 – Analysis and forecast to 2026',
    venue: 'IEA',
    year: 2024,
  },
  iea2025: {
    id: 'iea2025',
    authors: ['International Energy Agency'],
    title: 'Energy and AI',
    venue: 'IEA, April 2025',
    year: 2025,
  },
  nvidiaA100: {
    id: 'nvidiaA100',
    authors: ['NVIDIA'],
    title: 'NVIDIA A100 Tensor Core GPU datasheet',
    venue: 'NVIDIA',
    year: 2021,
  },
  nvidiaH100: {
    id: 'nvidiaH100',
    authors: ['NVIDIA'],
    title: 'NVIDIA H100 Tensor Core GPU datasheet',
    venue: 'NVIDIA',
    year: 2023,
  },
  nvidiaDgx: {
    id: 'nvidiaDgx',
    authors: ['NVIDIA'],
    title: 'DGX A100 and DGX H100 system documentation',
    venue: 'NVIDIA',
    year: 2023,
  },
  googlePue: {
    id: 'googlePue',
    authors: ['Google'],
    title: 'Data centers: efficiency (power usage effectiveness)',
    venue: 'Google',
    year: 2023,
  },
  uptime2022: {
    id: 'uptime2022',
    authors: ['Uptime Institute'],
    title: 'Global Data Center Survey 2022',
    venue: 'Uptime Institute',
    year: 2022,
  },
  uptime2023: {
    id: 'uptime2023',
    authors: ['Uptime Institute'],
    title: 'Global Data Center Survey 2023 (incl. rack density)',
    venue: 'Uptime Institute',
    year: 2023,
  },
  uptime2024: {
    id: 'uptime2024',
    authors: ['Uptime Institute'],
    title: 'Global Data Center Survey 2024',
    venue: 'Uptime Institute',
    year: 2024,
  },
  ember2024: {
    id: 'ember2024',
    authors: ['Ember'],
    title: 'Global Electricity Review 2024',
    venue: 'Ember',
    year: 2024,
  },
  ember2023: {
    id: 'ember2023',
    authors: ['Ember'],
    title: 'Global Electricity Review 2023',
    venue: 'Ember',
    year: 2023,
  },
  eia: {
    id: 'eia',
    authors: ['U.S. Energy Information Administration'],
    title: 'How much electricity does an American home use? (2022 data)',
    venue: 'EIA Frequently Asked Questions',
    year: 2023,
  },
  chinaNea2023: {
    id: 'chinaNea2023',
    authors: ['National Energy Administration of China (国家能源局)'],
    title: '2023 national electricity consumption statistics (2023年全社会用电量)',
    venue: 'NEA, January 2024',
    year: 2024,
  },
  chinaCensus2020: {
    id: 'chinaCensus2020',
    authors: ['National Bureau of Statistics of China (国家统计局)'],
    title: 'Communiqué of the Seventh National Population Census (第七次全国人口普查公报), households',
    venue: 'NBS, May 2021',
    year: 2021,
  },
  epoch2025: {
    id: 'epoch2025',
    authors: ['Josh You (Epoch AI)'],
    title: 'How much energy does ChatGPT use?',
    venue: 'Epoch AI, Gradient Updates, February 2025',
    year: 2025,
  },
  google2009: {
    id: 'google2009',
    authors: ['Google'],
    title: 'Powering a Google search',
    venue: 'Official Google Blog, 2009',
    year: 2009,
  },
  google2025: {
    id: 'google2025',
    authors: ['Cooper Elsworth', 'et al. (Google)'],
    title: 'Measuring the environmental impact of delivering AI at Google Scale',
    venue: 'Google technical paper, August 2025 (arXiv:2508.15734)',
    year: 2025,
    url: 'https://arxiv.org/abs/2508.15734',
  },
  altman2025: {
    id: 'altman2025',
    authors: ['Sam Altman (OpenAI)'],
    title: 'The Gentle Singularity',
    venue: 'Sam Altman’s blog, 2025-06-10',
    year: 2025,
    url: 'https://blog.samaltman.com/the-gentle-singularity',
  },
  greenAlgorithms: {
    id: 'greenAlgorithms',
    authors: ['Loïc Lannelongue', 'Jason Grealey', 'Michael Inouye'],
    title: 'Green Algorithms: Quantifying the Carbon Footprint of Computation',
    venue: 'Advanced Science 2021',
    year: 2021,
    doi: '10.1002/advs.202100707',
  },
  mlCo2Impact: {
    id: 'mlCo2Impact',
    authors: ['Alexandre Lacoste', 'Alexandra Luccioni', 'Victor Schmidt', 'Thomas Dandres'],
    title: 'Quantifying the Carbon Emissions of Machine Learning (ML CO2 Impact calculator)',
    venue: 'NeurIPS 2019 Climate Change AI workshop',
    year: 2019,
  },
  codeCarbon: {
    id: 'codeCarbon',
    authors: ['CodeCarbon contributors'],
    title: 'CodeCarbon: track the carbon emissions of computing',
    venue: 'Open-source software',
    year: 2020,
  },
  carbontracker: {
    id: 'carbontracker',
    authors: ['Lasse F. Wolff Anthony', 'Benjamin Kanding', 'Raghavendra Selvan'],
    title: 'Carbontracker: Tracking and Predicting the Carbon Footprint of Training Deep Learning Models',
    venue: 'ICML 2020 Workshop on Challenges in Deploying and Monitoring ML Systems',
    year: 2020,
  },
  llmCarbon: {
    id: 'llmCarbon',
    authors: ['Ahmad Faiz', 'et al.'],
    title: 'LLMCarbon: Modeling the End-to-End Carbon Footprint of Large Language Models',
    venue: 'ICLR 2024',
    year: 2024,
  },
  derived: {
    id: 'derived',
    authors: ['This talk'],
    title: 'Arithmetic on the cited figures; each derived figure carries its formula in the talk’s model (model/figures.ts)',
    venue: 'The talk’s own arithmetic on the sources above',
    year: 2025,
  },
} as const satisfies Record<SourceId, Omit<Source, 'short'>>

/** All sources, by id: each entry with its visible mark (source-marks.ts, the one place it is written). */
export const SOURCES = Object.fromEntries(Object.entries(ENTRIES).map(([id, entry]) => [id, { ...entry, short: SOURCE_MARKS[id as SourceId] }])) as
  { [K in SourceId]: (typeof ENTRIES)[K] & { short: string } }
