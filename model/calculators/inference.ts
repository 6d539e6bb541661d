// The inference calculator: de Vries' scenario of an LLM behind every Google search, GPUs → servers →
// GWh a day and TWh a year, with Ireland's electricity for scale.
import type { FieldDef, Preset, RawInputs } from './field'
import { inferenceFleet, LIMITS, serversFor } from '../energy'
import { FIGURES } from '../figures'
import { defineCalculator, FLEET_FIELDS, presetInputs } from './field'

export interface InferenceState { inputs: RawInputs }

export interface InferenceResult {
  servers: number
  dailyKwh: number
  yearlyKwh: number
  /** Yearly energy as a multiple of Ireland's yearly electricity use (de Vries' comparison). */
  irelands: number
}

/** The inputs, in the order shown. */
const FIELDS = {
  gpus: FLEET_FIELDS.gpus,
  gpusPerServer: FLEET_FIELDS.gpusPerServer,
  serverPowerKw: FLEET_FIELDS.serverPowerKw,
  hoursPerDay: { rule: { max: LIMITS.hoursPerDay }, unit: 'hours' },
  share: { rule: { atMostOne: true }, unit: 'fraction' },
  pue: FLEET_FIELDS.pue,
} as const satisfies Record<string, FieldDef>
type InferenceField = keyof typeof FIELDS

/** de Vries' scenario: GPUs → servers → GWh a day and TWh a year. */
export function computeInference(v: Partial<Record<InferenceField, number>>): InferenceResult {
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

export const INFERENCE = defineCalculator<InferenceState, InferenceResult, InferenceField>({
  prefix: 'fleet',
  fields: FIELDS,
  outputs: { servers: { unit: 'count' }, dailyKwh: { unit: 'kWh' }, yearlyKwh: { unit: 'kWh' }, irelands: { unit: 'ratio' } },
  fieldsIn: () => Object.keys(FIELDS) as InferenceField[],
  compute: computeInference,
  presets: { devries: INFERENCE_PRESET },
  defaultPreset: 'devries',
  presetState: () => ({ inputs: presetInputs(INFERENCE_PRESET.figures) }),
  reset: { labelKey: 'calc.resetDeVries', source: INFERENCE_PRESET.source },
})
