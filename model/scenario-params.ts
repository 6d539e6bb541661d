// A calculator scenario as address parameters, and back: only the inputs that differ from the article's
// values, with readable names (`train.gpus=50000&train.pue=1.2`, `train.preset=bloom`), so a link carries
// the scenario on screen and a window that reloads restores it. Decoding checks every value with the
// calculators' own rules, field by field: a bad value is dropped and reported with the reason the field
// would give for typed input; unknown names are ignored. Pure TypeScript: no URL, DOM or Vue here.
import type { CalculatorsState, FieldName, TimeBasis, TrainingPresetId, TrainingState } from './calculators'
import type { InputErrorReason } from './errors'
import {
  DEFAULT_TRAINING_PRESET,
  defaultCalculatorsState,
  FIELD_RULES,
  INFERENCE_FIELDS,
  parseField,
  REQUEST_FIELDS,
  toFieldText,
  TRAINING_PRESETS,
  trainingFields,
  trainingPresetState,
} from './calculators'

/** The calculators and the prefix of their parameters in the address. */
export const SCENARIO_PREFIXES = { training: 'train', inference: 'fleet', requests: 'req' } as const
export type CalculatorName = keyof typeof SCENARIO_PREFIXES

/** The fields each calculator takes from the address. */
export const SCENARIO_FIELDS: Record<CalculatorName, readonly FieldName[]> = {
  training: [...new Set([...trainingFields('days'), ...trainingFields('gpuHours')])],
  inference: INFERENCE_FIELDS,
  requests: REQUEST_FIELDS,
}

/** Longest parameter value looked at; anything longer is rejected without being parsed. */
export const MAX_PARAM_LENGTH = 32

/** A parameter that was dropped, and why (a field's reason is the one typed input would get). */
export type ScenarioIssue
  = | { calculator: CalculatorName, field: FieldName, reason: InputErrorReason }
    | { calculator: 'training', field: 'preset' | 'basis', reason: 'unknown' }

export interface DecodedScenario {
  state: CalculatorsState
  issues: ScenarioIssue[]
  /** True when the address named at least one scenario parameter (valid or not). */
  present: boolean
}

/** Does this address parameter belong to a scenario (`train.*`, `fleet.*`, `req.*`)? */
export function isScenarioParam(name: string): boolean {
  return Object.values(SCENARIO_PREFIXES).some(p => name.startsWith(`${p}.`))
}

function sameInputs(a: Record<string, string>, b: Record<string, string>, fields: readonly FieldName[]): boolean {
  return fields.every(f => (a[f] ?? '') === (b[f] ?? ''))
}

/** The valid inputs of `inputs` that differ from `base`, as normalized field text. */
function changedFields(calculator: CalculatorName, inputs: Record<string, string>, base: Record<string, string>): [string, string][] {
  const out: [string, string][] = []
  for (const field of SCENARIO_FIELDS[calculator]) {
    const raw = inputs[field]
    if (raw === undefined || raw === base[field])
      continue
    const parsed = parseField(field, raw)
    // An input being typed or wrong stays on screen with its message; the address keeps valid values only.
    if ('value' in parsed && toFieldText(parsed.value) !== base[field])
      out.push([`${SCENARIO_PREFIXES[calculator]}.${field}`, toFieldText(parsed.value)])
  }
  return out
}

function encodeTraining(t: TrainingState): [string, string][] {
  const named = t.preset !== 'custom' && t.preset !== DEFAULT_TRAINING_PRESET ? t.preset : undefined
  const base = trainingPresetState(named ?? DEFAULT_TRAINING_PRESET)
  const out: [string, string][] = []
  if (named)
    out.push(['train.preset', named])
  if (t.timeBasis !== base.timeBasis)
    out.push(['train.basis', t.timeBasis])
  return [...out, ...changedFields('training', t.inputs, base.inputs)]
}

/**
 * The parameters that describe `state`: empty at the article's values. Field values are written in
 * plain digits (`50000`, `1.2`), so they read back exactly.
 */
export function encodeScenario(state: CalculatorsState): [string, string][] {
  const defaults = defaultCalculatorsState()
  return [
    ...encodeTraining(state.training),
    ...changedFields('inference', state.inference.inputs, defaults.inference.inputs),
    ...changedFields('requests', state.requests.inputs, defaults.requests.inputs),
  ]
}

const isPreset = (s: string): s is TrainingPresetId => Object.hasOwn(TRAINING_PRESETS, s)
const isBasis = (s: string): s is TimeBasis => s === 'days' || s === 'gpuHours'
const isField = (s: string): s is FieldName => Object.hasOwn(FIELD_RULES, s)

/**
 * The calculators' state described by address parameters (pairs, as `URLSearchParams` gives them),
 * starting from the article's values. Each value goes through the field's own rule; what fails is left
 * at its default and reported in `issues`; unknown names are ignored.
 */
export function decodeScenario(params: Iterable<[string, string]>): DecodedScenario {
  const state = defaultCalculatorsState()
  const issues: ScenarioIssue[] = []
  const values: Record<CalculatorName, Map<FieldName, string>> = { training: new Map(), inference: new Map(), requests: new Map() }
  let preset: string | undefined
  let basis: string | undefined
  let present = false

  for (const [name, raw] of params) {
    const calculator = (Object.keys(SCENARIO_PREFIXES) as CalculatorName[]).find(c => name.startsWith(`${SCENARIO_PREFIXES[c]}.`))
    if (!calculator)
      continue
    present = true
    const key = name.slice(SCENARIO_PREFIXES[calculator].length + 1)
    if (calculator === 'training' && key === 'preset')
      preset = raw
    else if (calculator === 'training' && key === 'basis')
      basis = raw
    else if (isField(key) && SCENARIO_FIELDS[calculator].includes(key))
      values[calculator].set(key, raw)
  }

  if (preset !== undefined) {
    if (isPreset(preset))
      state.training = trainingPresetState(preset)
    else issues.push({ calculator: 'training', field: 'preset', reason: 'unknown' })
  }
  if (basis !== undefined) {
    if (isBasis(basis))
      state.training.timeBasis = basis
    else issues.push({ calculator: 'training', field: 'basis', reason: 'unknown' })
  }

  for (const calculator of Object.keys(values) as CalculatorName[]) {
    const inputs = { ...state[calculator].inputs }
    for (const [field, raw] of values[calculator]) {
      const parsed = raw.length > MAX_PARAM_LENGTH ? { error: 'notANumber' as const } : parseField(field, raw)
      if ('error' in parsed)
        issues.push({ calculator, field, reason: parsed.error })
      else inputs[field] = toFieldText(parsed.value)
    }
    state[calculator].inputs = inputs
  }

  const t = state.training
  const presetState = trainingPresetState(t.preset === 'custom' ? DEFAULT_TRAINING_PRESET : t.preset)
  if (t.timeBasis !== presetState.timeBasis || !sameInputs(t.inputs, presetState.inputs, SCENARIO_FIELDS.training))
    state.training = { ...t, preset: 'custom' }
  return { state, issues, present }
}
