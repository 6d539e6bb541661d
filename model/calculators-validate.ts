// The calculators' state as another window sends it: each value goes through the model's own
// rules before it may reach the screen. Pure: no Vue, no DOM, no i18n.
import type { CalculatorsState, FieldName, RawInputs, TimeBasis, TrainingState } from './calculators'
import { FIELD_RULES, INFERENCE_FIELDS, parseField, REQUEST_FIELDS, TRAINING_PRESETS, trainingFields } from './calculators'

/** Longest field text accepted from another window (a typed number is far shorter). */
export const MAX_FIELD_TEXT = 40

/** A JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Received text of one field: kept only when it is a short string the model's rules accept. */
export function acceptFieldText(field: string, text: unknown): string | undefined {
  if (!Object.hasOwn(FIELD_RULES, field) || typeof text !== 'string' || text.length > MAX_FIELD_TEXT)
    return undefined
  return 'value' in parseField(field as FieldName, text) ? text : undefined
}

/** Same keys and same strings (the states are small and flat enough for a JSON comparison). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Received inputs of one calculator: a valid field replaces the previous text, a rejected or
 * missing one keeps it, an unknown name is dropped.
 */
function acceptInputs(incoming: unknown, previous: RawInputs, fields: readonly FieldName[]): RawInputs {
  if (!isRecord(incoming))
    return previous
  const out: RawInputs = {}
  for (const f of fields) {
    const text = Object.hasOwn(incoming, f) ? acceptFieldText(f, incoming[f]) : undefined
    const kept = text ?? previous[f]
    if (kept !== undefined)
      out[f] = kept
  }
  return same(out, previous) ? previous : out
}

const TRAINING_FIELDS: readonly FieldName[] = [...new Set([...trainingFields('days'), ...trainingFields('gpuHours')])]
const TIME_BASES: readonly TimeBasis[] = ['days', 'gpuHours']

function acceptTraining(incoming: unknown, previous: TrainingState): TrainingState {
  if (!isRecord(incoming))
    return previous
  const preset = incoming.preset === 'custom' || (typeof incoming.preset === 'string' && Object.hasOwn(TRAINING_PRESETS, incoming.preset))
    ? incoming.preset as TrainingState['preset']
    : previous.preset
  const timeBasis = TIME_BASES.includes(incoming.timeBasis as TimeBasis) ? incoming.timeBasis as TimeBasis : previous.timeBasis
  const inputs = acceptInputs(incoming.inputs, previous.inputs, TRAINING_FIELDS)
  return preset === previous.preset && timeBasis === previous.timeBasis && inputs === previous.inputs
    ? previous
    : { preset, timeBasis, inputs }
}

function acceptInputsOnly<S extends { inputs: RawInputs }>(fields: readonly FieldName[]) {
  return (incoming: unknown, previous: S): S => {
    const inputs = isRecord(incoming) ? acceptInputs(incoming.inputs, previous.inputs, fields) : previous.inputs
    return inputs === previous.inputs ? previous : { ...previous, inputs }
  }
}

/** How each calculator's state is received. */
const CALCULATOR_RULES: { [K in keyof CalculatorsState]: (incoming: unknown, previous: CalculatorsState[K]) => CalculatorsState[K] } = {
  training: acceptTraining,
  inference: acceptInputsOnly(INFERENCE_FIELDS),
  requests: acceptInputsOnly(REQUEST_FIELDS),
}

/**
 * Every calculator's state as received from another window: only what the model accepts
 * replaces `previous`; anything else (unknown keys, wrong types, text the rules reject, NaN,
 * markup) leaves the previous value in place. Returns `previous` itself when nothing changed.
 */
export function acceptCalculators(incoming: unknown, previous: CalculatorsState): CalculatorsState {
  if (!isRecord(incoming))
    return previous
  let next = previous
  for (const key of Object.keys(CALCULATOR_RULES) as (keyof CalculatorsState)[]) {
    if (!Object.hasOwn(incoming, key))
      continue
    const accepted = (CALCULATOR_RULES[key] as (i: unknown, p: unknown) => unknown)(incoming[key], previous[key])
    if (accepted !== previous[key])
      next = { ...next, [key]: accepted }
  }
  return next
}
