import type { InputErrorReason, NumberRule } from './errors'
// The live calculators' model: which inputs each has, how a raw text input becomes a number,
// the presets (from FIGURES) and the computation. No Vue, no DOM, no i18n: the UI translates
// errors by (field, reason) and formats results by unit.
import type { Basis, FigureId } from './figures'
import type { SourceId } from './sources'
import { basisOf, describeBasis, onBasis } from './comparisons'
import { gpuTrainingRun, householdYears, inferenceFleet, LIMITS, requestsEnergy, serversFor, trainingRun } from './energy'
import { ModelInputError, requireNumber } from './errors'
import { FIGURES } from './figures'
import { hoursToDays } from './units'

/** Raw text of each input, as typed (shared between windows, so everyone sees the same text). */
export type RawInputs = Record<string, string>

/** Validation rule of each calculator input, by name (the name of the model parameter it sets). */
export const FIELD_RULES = {
  gpus: { positive: true, integer: true, max: LIMITS.devices },
  gpusPerServer: { integer: true, atLeastOne: true, max: LIMITS.gpusPerServer },
  serverPowerKw: { positive: true, max: LIMITS.powerKw },
  days: { positive: true, max: LIMITS.days },
  gpuHours: { positive: true, max: LIMITS.devices * LIMITS.hours },
  utilization: { positive: true, atMostOne: true },
  pue: { atLeastOne: true, max: LIMITS.pue },
  gridIntensity: { max: LIMITS.gridIntensity },
  hoursPerDay: { max: LIMITS.hoursPerDay },
  share: { atMostOne: true },
  requestsPerDay: { max: LIMITS.requestsPerDay },
} as const satisfies Record<string, NumberRule>
export type FieldName = keyof typeof FIELD_RULES

/**
 * Text typed by a person → number. Accepts grouping (`25,000`, `25 000`, `25_000`), full-width digits
 * and a decimal comma only when it cannot be grouping; anything else is 'notANumber'.
 */
export function parseNumberText(raw: string): number | undefined | typeof Number.NaN {
  const s = raw
    .replace(/[\uFF10-\uFF19]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xFEE0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s_]/g, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '')
  if (s === '')
    return undefined
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(s))
    return Number.NaN
  return Number(s)
}

/** One field's raw text validated against its rule: the number, or the reason it is rejected. */
export function parseField(field: FieldName, raw: string | undefined): { value: number } | { error: InputErrorReason } {
  try {
    return { value: requireNumber(field, parseNumberText(raw ?? ''), FIELD_RULES[field]) }
  }
  catch (e) {
    if (e instanceof ModelInputError)
      return { error: e.reason }
    throw e
  }
}

/** Result of validating a calculator's inputs: numbers, or the error of each bad field. */
export type Parsed<F extends FieldName>
  = | { ok: true, values: Record<F, number> }
    | { ok: false, errors: Partial<Record<F, InputErrorReason>> }

/** Validate every listed field; all errors at once, so each field can show its own message. */
export function parseFields<F extends FieldName>(fields: readonly F[], raw: RawInputs): Parsed<F> {
  const values = {} as Record<F, number>
  const errors: Partial<Record<F, InputErrorReason>> = {}
  for (const f of fields) {
    const r = parseField(f, raw[f])
    if ('error' in r)
      errors[f] = r.error
    else values[f] = r.value
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values }
}

/** Number → the text a field shows (plain, no grouping, so it parses back exactly). */
export const toFieldText = (n: number): string => String(Number(n.toPrecision(12)))

// ---------------------------------------------------------------- presets

/** The figure behind each input of a preset. `days` reads a figure in hours. */
export type InputFigures = Partial<Record<FieldName, FigureId>>

/** A published result a preset must reproduce: the figure and a relative tolerance (0.01 = ±1%). */
export interface Expected {
  figure: FigureId
  tolerance: number
}

/** A calculator preset: every input is a figure; `expected` lists the published results it reproduces. */
export interface Preset<Output extends string = string> {
  source: SourceId
  figures: InputFigures
  expected: Partial<Record<Output, Expected>>
}

/** Input values from their figures (`days` converted from the figure's hours): the one figure → input mapping. */
export function valuesFromFigures(figures: InputFigures): Partial<Record<FieldName, number>> {
  return Object.fromEntries(Object.entries(figures).map(([field, id]) => {
    const v = FIGURES[id].value
    return [field, field === 'days' ? hoursToDays(v) : v]
  }))
}

/** Input values as the text the fields show. */
function fieldTexts(values: Partial<Record<FieldName, number>>): RawInputs {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, toFieldText(v)]))
}

// ---------------------------------------------------------------- training run

/** How the training time is given: a fleet of GPUs for some days, or a total of GPU-hours. */
export type TimeBasis = 'days' | 'gpuHours'

export interface TrainingState {
  preset: TrainingPresetId | 'custom'
  timeBasis: TimeBasis
  inputs: RawInputs
}

export interface TrainingResult {
  servers?: number
  gpuHours: number
  energyKwh: number
  emissionsKg: number
}

/** The fields shown for a time basis. */
export function trainingFields(basis: TimeBasis): FieldName[] {
  return basis === 'days'
    ? ['gpus', 'gpusPerServer', 'serverPowerKw', 'days', 'utilization', 'pue', 'gridIntensity']
    : ['gpuHours', 'gpusPerServer', 'serverPowerKw', 'utilization', 'pue', 'gridIntensity']
}

/** Energy and emissions of a training run from validated inputs (per-server power; GPUs per server 1 = per-GPU power). */
export function computeTraining(basis: TimeBasis, v: Partial<Record<FieldName, number>>): TrainingResult {
  if (basis === 'days') {
    const r = trainingRun({
      gpus: v.gpus!,
      gpusPerServer: v.gpusPerServer!,
      serverPowerKw: v.serverPowerKw!,
      days: v.days!,
      utilization: v.utilization,
      pue: v.pue,
      gridIntensity: v.gridIntensity!,
    })
    return { servers: r.servers, gpuHours: v.gpus! * r.hours, energyKwh: r.energyKwh, emissionsKg: r.emissionsKg }
  }
  const r = gpuTrainingRun({
    gpuHours: v.gpuHours!,
    gpuPowerKw: v.serverPowerKw! / v.gpusPerServer!,
    utilization: v.utilization,
    pue: v.pue,
    gridIntensity: v.gridIntensity!,
  })
  return { gpuHours: r.gpuHours, energyKwh: r.energyKwh, emissionsKg: r.emissionsKg }
}

export interface TrainingPreset extends Preset<keyof TrainingResult> {
  basis: TimeBasis
  /** Basis of the preset's result (its energy, and its emissions as operational). */
  resultBasis: Basis
  /** The source's power figure already includes the data-centre overhead, so the PUE input stays 1. */
  powerIncludesPue?: boolean
  /** Locale key shown under the presets while this one is loaded: its basis and caveats, in words. */
  noteKey: string
}

/** Problems of a preset's basis, in English: the PUE input must match the stated basis, and so must every expected figure. */
export function checkTrainingPreset(id: string, p: TrainingPreset): string[] {
  const problems: string[] = []
  const pueFigure = p.figures.pue
  const pue = pueFigure ? FIGURES[pueFigure].value : 1
  if (p.resultBasis.pue === 'excluded' && (pue !== 1 || p.powerIncludesPue))
    problems.push(`${id}: stated as PUE excluded, but its PUE input is ${pue}${p.powerIncludesPue ? ' and its power includes PUE' : ''}`)
  if (p.resultBasis.pue === 'included' && pue === 1 && !p.powerIncludesPue)
    problems.push(`${id}: stated as PUE included, but its PUE input is 1 and its power figure does not include PUE`)
  if (p.powerIncludesPue && pue !== 1)
    problems.push(`${id}: its power includes PUE, so a PUE input of ${pue} would count the overhead twice`)
  for (const [out, e] of Object.entries(p.expected) as [string, { figure: FigureId }][]) {
    const basis = out === 'emissionsKg' ? { ...p.resultBasis, emissions: 'operational' as const } : p.resultBasis
    if (!onBasis(e.figure, basis))
      problems.push(`${id}.${out}: expects ${e.figure} (${describeBasis(basisOf(e.figure))}) but the preset computes ${describeBasis(basis)}`)
  }
  if (!p.noteKey)
    problems.push(`${id}: no note states its basis`)
  return problems
}

/**
 * Presets of the training calculator. Sources that give power per GPU use GPUs per server = 1
 * (`perGpu`): the "server" is one GPU. The article's GPT-4 estimate is the default and the reset.
 */
export const TRAINING_PRESETS = {
  gpt4Rise: {
    source: 'rise',
    basis: 'days',
    figures: { gpus: 'gpt4.riseGpus', gpusPerServer: 'gpt4.riseGpusPerServer', serverPowerKw: 'gpt4.riseServerPower', days: 'gpt4.riseHours', utilization: 'gpt4.riseUtilization', pue: 'gpt4.risePue', gridIntensity: 'grid.world2023' },
    expected: { energyKwh: { figure: 'gpt4.riseEnergy', tolerance: 1e-9 } },
    resultBasis: { pue: 'excluded' },
    noteKey: 'calc.presetNotes.gpt4Rise',
  },
  gpt3: {
    source: 'patterson2021',
    basis: 'days',
    figures: { gpus: 'gpt3.gpus', gpusPerServer: 'method.oneGpuPerServer', serverPowerKw: 'gpt3.gpuPower', days: 'gpt3.hours', utilization: 'method.fullUtilization', pue: 'gpt3.pue', gridIntensity: 'gpt3.gridIntensity' },
    expected: { energyKwh: { figure: 'gpt3.energy', tolerance: 0.01 }, emissionsKg: { figure: 'gpt3.co2', tolerance: 0.01 } },
    resultBasis: { pue: 'included' },
    noteKey: 'calc.presetNotes.gpt3',
  },
  bloom: {
    source: 'luccioni2023',
    basis: 'gpuHours',
    // With Jean Zay's PUE of 1.2, like the GPT-3 and Llama presets (Luccioni et al., Table 4: about 30 t).
    figures: { gpuHours: 'bloom.gpuHours', gpusPerServer: 'method.oneGpuPerServer', serverPowerKw: 'bloom.gpuPower', utilization: 'method.fullUtilization', pue: 'bloom.jeanZayPue', gridIntensity: 'bloom.gridIntensity' },
    expected: { energyKwh: { figure: 'bloom.energyWithPue', tolerance: 1e-9 }, emissionsKg: { figure: 'bloom.co2WithPue', tolerance: 0.015 } },
    resultBasis: { pue: 'included' },
    noteKey: 'calc.presetNotes.bloom',
  },
  llama3_70b: {
    source: 'metaLlama3',
    basis: 'gpuHours',
    // Meta publishes no grid intensity: an independent one (US average, Ember) instead of the 424 g/kWh
    // solved backwards from Meta's 1,900 t, so the gap to the published figure stays visible.
    figures: { gpuHours: 'llama3.gpuHours70b', gpusPerServer: 'method.oneGpuPerServer', serverPowerKw: 'llama3.gpuPower', utilization: 'method.fullUtilization', pue: 'llama3.pue', gridIntensity: 'grid.us2023' },
    expected: { energyKwh: { figure: 'llama3.energy70b', tolerance: 1e-9 } },
    resultBasis: { pue: 'included' },
    powerIncludesPue: true,
    noteKey: 'calc.presetNotes.llama3_70b',
  },
} as const satisfies Record<string, TrainingPreset>
export type TrainingPresetId = keyof typeof TRAINING_PRESETS
export const DEFAULT_TRAINING_PRESET: TrainingPresetId = 'gpt4Rise'

/** Calculator state of a preset: its basis and its inputs as field text. */
export function trainingPresetState(id: TrainingPresetId): TrainingState {
  const p: TrainingPreset = TRAINING_PRESETS[id]
  return { preset: id, timeBasis: p.basis, inputs: fieldTexts(valuesFromFigures(p.figures)) }
}

/** Household-years of electricity (for the everyday comparison). */
export function householdsFor(energyKwh: number, householdFigure: FigureId): number {
  return householdYears(energyKwh, FIGURES[householdFigure].value)
}

// ---------------------------------------------------------------- inference fleet (de Vries)

export interface InferenceState { inputs: RawInputs }

export interface InferenceResult {
  servers: number
  dailyKwh: number
  yearlyKwh: number
  /** Yearly energy as a multiple of Ireland's yearly electricity use (de Vries' comparison). */
  irelands: number
}

/** de Vries' scenario: GPUs → servers → GWh a day and TWh a year. */
export function computeInference(v: Partial<Record<FieldName, number>>): InferenceResult {
  const servers = serversFor(v.gpus!, v.gpusPerServer!)
  const r = inferenceFleet({ servers, serverPowerKw: v.serverPowerKw!, hoursPerDay: v.hoursPerDay!, share: v.share!, pue: v.pue })
  return { servers, ...r, irelands: r.yearlyKwh / FIGURES['devries.irelandElectricity'].value }
}

/** de Vries 2023, an LLM behind every Google search: the inference calculator's default and reset. */
export const INFERENCE_PRESET = {
  source: 'devries2023',
  figures: {
    gpus: 'devries.gpus',
    gpusPerServer: 'devries.gpusPerServer',
    serverPowerKw: 'devries.serverPower',
    hoursPerDay: 'devries.hoursPerDay',
    share: 'devries.share',
    pue: 'devries.pue',
  },
  expected: {
    servers: { figure: 'devries.servers', tolerance: 0 },
    dailyKwh: { figure: 'devries.dailyEnergy', tolerance: 0.005 },
    yearlyKwh: { figure: 'devries.yearlyEnergy', tolerance: 0.005 },
  },
} as const satisfies Preset<keyof InferenceResult>

/** The inference calculator's inputs, in the order shown. */
export const INFERENCE_FIELDS = Object.keys(INFERENCE_PRESET.figures) as FieldName[]

export function inferenceDefaultState(): InferenceState {
  return { inputs: fieldTexts(valuesFromFigures(INFERENCE_PRESET.figures)) }
}

// ---------------------------------------------------------------- energy per request

export interface RequestsState { inputs: RawInputs }
export const REQUEST_FIELDS: FieldName[] = ['requestsPerDay']

/** The three requests compared, each with its energy figure. */
export const REQUEST_KINDS = {
  search2009: 'google.searchEnergy2009',
  chat2023: 'chatgpt.requestEnergy',
  chat2025: 'gpt4o.requestEnergy',
} as const satisfies Record<string, FigureId>
export type RequestKind = keyof typeof REQUEST_KINDS

/** Energy of one request of a kind, and of a day's and a year's requests. */
export interface RequestEnergy { whPerRequest: number, dailyKwh: number, yearlyKwh: number }

/** Daily and yearly energy of `requestsPerDay` requests of each kind. */
export function computeRequests(v: Partial<Record<FieldName, number>>): Record<RequestKind, RequestEnergy> {
  const out = {} as Record<RequestKind, RequestEnergy>
  for (const [kind, fig] of Object.entries(REQUEST_KINDS) as [RequestKind, FigureId][]) {
    const whPerRequest = FIGURES[fig].value * 1000
    out[kind] = { whPerRequest, ...requestsEnergy({ whPerRequest, requestsPerDay: v.requestsPerDay! }) }
  }
  return out
}

/** ChatGPT's requests a day in early 2023 (de Vries): the per-request calculator's default and reset. */
export const REQUESTS_PRESET = {
  source: 'devries2023',
  figures: { requestsPerDay: 'chatgpt.dailyRequests' },
  expected: { 'chat2023.dailyKwh': { figure: 'chatgpt.dailyEnergy', tolerance: 0.005 } },
} as const satisfies Preset<`${RequestKind}.${keyof RequestEnergy}`>

export function requestsDefaultState(): RequestsState {
  return { inputs: fieldTexts(valuesFromFigures(REQUESTS_PRESET.figures)) }
}

// ---------------------------------------------------------------- shared state

/** Every calculator's state, synced between the presenter and audience windows. */
export interface CalculatorsState {
  training: TrainingState
  inference: InferenceState
  requests: RequestsState
}

/** The calculators at the article's values: the default, the reset and what the PDF shows. */
export function defaultCalculatorsState(): CalculatorsState {
  return {
    training: trainingPresetState(DEFAULT_TRAINING_PRESET),
    inference: inferenceDefaultState(),
    requests: requestsDefaultState(),
  }
}
