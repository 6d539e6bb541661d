// Where the talk puts energy or emissions figures side by side, and on which basis. A comparison
// states its basis on screen (a locale key); every figure it shows is either on that basis or listed
// with the key that says, on screen, which other basis it is on. `checkComparison` enforces it, and
// tests/model/basis.test.ts runs it over every slide and chart, and a like check over every calculator preset.
import type { Basis, FigureId } from './figures'
import type { SourceId } from './source-marks'
import { FIGURES } from './figures'

/** A place in the talk that compares energy or emissions figures. */
export interface Comparison {
  /** `slide:<slide key>` or `chart:<name>`. */
  where: string
  /** The basis of the comparison. */
  basis: Basis
  /** Locale key that states the basis on screen (on the slide, or in a component the slide uses). */
  statedBy: string
  /** Figures compared on `basis`. */
  figures: readonly FigureId[]
  /** Figures shown beside them on another basis, each with the locale key that says so on screen. */
  otherBasis?: Partial<Record<FigureId, string>>
}

/** True for an emissions figure (mass of CO₂e). */
export const isEmissions = (id: FigureId): boolean => ['kg', 'lb'].includes(FIGURES[id].unit)
/** True for an energy or emissions figure: the figures that must carry a basis. */
export const needsBasis = (id: FigureId): boolean => FIGURES[id].unit === 'kWh' || isEmissions(id)

/**
 * A reference amount (a country's or a household's electricity) has no data-centre overhead and is
 * not an emissions total: it can sit beside any computing load as a yardstick.
 */
export function isReferenceAmount(id: FigureId): boolean {
  const b = (FIGURES[id] as { basis?: Basis }).basis
  return b?.pue === 'notApplicable' && b.emissions === undefined
}

/** The basis of a figure, if it records one. */
export const basisOf = (id: FigureId): Basis | undefined => (FIGURES[id] as { basis?: Basis }).basis

/** A basis in words, for messages: "PUE included, operational". */
export function describeBasis(b: Basis | undefined): string {
  if (!b)
    return 'no basis recorded'
  return [`PUE ${b.pue}`, b.emissions, b.scope].filter(Boolean).join(', ')
}

/** Whether figure `id` is on `basis` (emissions scope compared for emissions figures only). */
export function onBasis(id: FigureId, basis: Basis): boolean {
  const b = basisOf(id)
  if (!b)
    return false
  if (b.pue !== basis.pue || (b.scope ?? null) !== (basis.scope ?? null))
    return false
  return !isEmissions(id) || b.emissions === basis.emissions
}

/** Problems of a comparison, in English (empty when it compares like with like or says otherwise). */
export function checkComparison(c: Comparison): string[] {
  const problems: string[] = []
  if (!c.statedBy)
    problems.push(`${c.where}: no locale key states the basis`)
  for (const id of c.figures) {
    if (!(id in FIGURES)) {
      problems.push(`${c.where}: unknown figure ${id}`)
      continue
    }
    if (!needsBasis(id) || isReferenceAmount(id))
      continue
    if (!onBasis(id, c.basis))
      problems.push(`${c.where}: ${id} (${describeBasis(basisOf(id))}) is not on the stated basis (${describeBasis(c.basis)}) and no key says so`)
  }
  for (const [id, key] of Object.entries(c.otherBasis ?? {}) as [FigureId, string][]) {
    if (!(id in FIGURES))
      problems.push(`${c.where}: unknown figure ${id}`)
    else if (needsBasis(id) && !basisOf(id))
      problems.push(`${c.where}: ${id} records no basis`)
    if (!key)
      problems.push(`${c.where}: ${id} is on another basis but no key says so`)
  }
  return problems
}

// ─────────────────────────────────────────────────────────────── the training-energy chart

/** Bars of the training-energy chart: all with data-centre overhead (PUE) included. */
export const TRAINING_ENERGY_RUNS = [
  { key: 'bloom', id: 'bloom.energyWithPue', source: 'luccioni2023', kind: 'derived' },
  { key: 'gpt3', id: 'gpt3.energy', source: 'patterson2021', kind: 'published' },
  { key: 'llama3', id: 'llama3.energy', source: 'metaLlama3', kind: 'derived' },
  { key: 'llama31', id: 'llama31.energy', source: 'metaLlama31', kind: 'derived' },
  { key: 'gpt4', id: 'gpt4.energyPueHigh', source: 'rise', kind: 'estimate' },
] as const satisfies readonly { key: string, id: FigureId, source: SourceId, kind: 'published' | 'derived' | 'estimate' }[]

// ─────────────────────────────────────────────────────────────── the data-centre chart

/** Columns of the IEA chart: estimates for 2022 and 2024, projections for 2026 (a range) and 2030. */
export const DATA_CENTRE_COLUMNS = [
  { low: 'dataCentres.world2022', source: 'iea2024', kind: 'estimate', note: 'crypto' },
  { low: 'dataCentres.world2024', source: 'iea2025', kind: 'estimate', note: 'noCrypto' },
  { low: 'dataCentres.world2026Low', high: 'dataCentres.world2026High', source: 'iea2024', kind: 'range', note: 'rangeCrypto' },
  { low: 'dataCentres.world2030', source: 'iea2025', kind: 'projection', note: 'baseCase' },
] as const satisfies readonly { low: FigureId, high?: FigureId, source: SourceId, kind: 'estimate' | 'range' | 'projection', note: string }[]

// ─────────────────────────────────────────────────────────────── the registry

const PUE_INCLUDED: Basis = { pue: 'included' }

/** Every comparison of energy or emissions figures in the talk. */
export const COMPARISONS: readonly Comparison[] = [
  {
    where: 'chart:trainingEnergy',
    basis: PUE_INCLUDED,
    statedBy: 'charts.trainingEnergy.basis',
    figures: TRAINING_ENERGY_RUNS.map(r => r.id),
  },
  {
    where: 'slide:trainingEnergy',
    basis: PUE_INCLUDED,
    statedBy: 'charts.trainingEnergy.basis',
    figures: TRAINING_ENERGY_RUNS.map(r => r.id),
  },
  {
    where: 'chart:datacentres',
    basis: { pue: 'included', scope: 'exclCrypto' },
    statedBy: 'charts.datacentres.noCrypto',
    figures: ['dataCentres.world2024', 'dataCentres.world2030'],
    otherBasis: {
      'dataCentres.world2022': 'charts.datacentres.crypto',
      'dataCentres.world2026Low': 'charts.datacentres.rangeCrypto',
      'dataCentres.world2026High': 'charts.datacentres.rangeCrypto',
    },
  },
  {
    where: 'slide:datacentres',
    basis: { pue: 'included', scope: 'exclCrypto' },
    statedBy: 'slides.datacentres.share2024',
    figures: ['dataCentres.world2024', 'dataCentres.world2030'],
    otherBasis: {
      'dataCentres.world2022': 'slides.datacentres.share2022',
      'dataCentres.world2026Low': 'charts.datacentres.rangeCrypto',
      'dataCentres.world2026High': 'charts.datacentres.rangeCrypto',
    },
  },
  {
    where: 'slide:carbonCompare',
    basis: { pue: 'included', emissions: 'operational' },
    statedBy: 'slides.carbonCompare.basis',
    figures: ['bloom.energyWithPue', 'bloom.co2WithPue', 'gpt3.energy', 'gpt3.co2'],
    otherBasis: {
      'bloom.totalCo2': 'slides.carbonCompare.bloomTotal',
      'bloom.dynamicCo2': 'slides.carbonCompare.basis',
      'gpt3.co2BeforePue': 'slides.carbonCompare.basis',
      'bloom.energy': 'slides.carbonCompare.bloom',
    },
  },
  {
    where: 'slide:gpt4Rise',
    basis: { pue: 'excluded' },
    statedBy: 'slides.gpt4Rise.basis',
    figures: ['gpt4.riseEnergy', 'article.gpt4Gwh', 'gpt4.energy90Days', 'gpt4.gpuOnlyEnergy'],
    otherBasis: { 'gpt4.energyPueLow': 'slides.gpt4Rise.withPue', 'gpt4.energyPueHigh': 'slides.gpt4Rise.withPue' },
  },
  {
    // the notes walk through the presets: RISE's default without PUE, Llama 3 70B with Meta's PUE-adjusted power
    where: 'slide:calcTraining',
    basis: { pue: 'excluded' },
    statedBy: 'calc.presetNotes.gpt4Rise',
    figures: ['gpt4.riseEnergy'],
    otherBasis: { 'llama3.energy70b': 'calc.presetNotes.llama3_70b' },
  },
  {
    where: 'slide:requestEnergy',
    basis: PUE_INCLUDED,
    statedBy: 'slides.requestEnergy.gpt4oHow',
    figures: ['gpt4o.requestEnergy', 'gemini.promptEnergy'],
    otherBasis: {
      'chatgpt.requestEnergy': 'slides.requestEnergy.chatgptHow',
      'chatgpt.dailyEnergy': 'slides.requestEnergy.chatgptHow',
      'google.searchEnergy2009': 'slides.requestEnergy.searchHow',
      'chatgpt.queryEnergy2025': 'slides.requestEnergy.firstParty',
    },
  },
  {
    where: 'slide:calcRequests',
    basis: PUE_INCLUDED,
    statedBy: 'calc.requests.caveat',
    figures: ['gpt4o.requestEnergy'],
    otherBasis: { 'chatgpt.requestEnergy': 'calc.requests.caveat', 'google.searchEnergy2009': 'calc.requests.caveat' },
  },
]
