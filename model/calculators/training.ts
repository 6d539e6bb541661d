// The training-run calculator: GPUs × power × time × utilization × PUE → energy, CO₂e and GPU-hours,
// from a published run (a preset) or the presenter's own numbers.
import type { Basis, FigureId } from '../figures'
import type { FieldDef, Preset, RawInputs } from './field'
import { gpuTrainingRun, householdYears, LIMITS, trainingRun } from '../energy'
import { FIGURES } from '../figures'
import { defineCalculator, FLEET_FIELDS, presetInputs } from './field'

/** How the training time is given: a fleet of GPUs for some days, or a total of GPU-hours. */
export type TimeBasis = 'days' | 'gpuHours'
const TIME_BASES: readonly TimeBasis[] = ['days', 'gpuHours']

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

/** Every input, in the order shown; a time basis shows some of them (`trainingFields`). */
const FIELDS = {
  gpus: FLEET_FIELDS.gpus,
  gpusPerServer: FLEET_FIELDS.gpusPerServer,
  serverPowerKw: FLEET_FIELDS.serverPowerKw,
  days: { rule: { positive: true, max: LIMITS.days }, unit: 'days' },
  utilization: { rule: { positive: true, atMostOne: true }, unit: 'fraction' },
  pue: FLEET_FIELDS.pue,
  gridIntensity: { rule: { max: LIMITS.gridIntensity }, unit: 'gPerKWh' },
  gpuHours: { rule: { positive: true, max: LIMITS.devices * LIMITS.hours }, unit: 'gpuHours' },
} as const satisfies Record<string, FieldDef>
type TrainingField = keyof typeof FIELDS

/** The fields shown for a time basis. */
export function trainingFields(basis: TimeBasis): TrainingField[] {
  return basis === 'days'
    ? ['gpus', 'gpusPerServer', 'serverPowerKw', 'days', 'utilization', 'pue', 'gridIntensity']
    : ['gpuHours', 'gpusPerServer', 'serverPowerKw', 'utilization', 'pue', 'gridIntensity']
}

/** Energy and emissions of a training run from validated inputs (per-server power; GPUs per server 1 = per-GPU power). */
export function computeTraining(basis: TimeBasis, v: Partial<Record<TrainingField, number>>): TrainingResult {
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
const DEFAULT_TRAINING_PRESET: TrainingPresetId = 'gpt4Rise'
const PRESET_IDS = Object.keys(TRAINING_PRESETS) as TrainingPresetId[]
const isPreset = (s: string): s is TrainingPresetId => Object.hasOwn(TRAINING_PRESETS, s)

/** Calculator state of a preset: its basis and its inputs as field text. */
export function trainingPresetState(id: TrainingPresetId): TrainingState {
  const p: TrainingPreset = TRAINING_PRESETS[id]
  return { preset: id, timeBasis: p.basis, inputs: presetInputs(p.figures) }
}

/** The preset a state was loaded from, or the default one when its inputs are the presenter's own. */
const presetOf = (s: TrainingState): TrainingState => trainingPresetState(s.preset === 'custom' ? DEFAULT_TRAINING_PRESET : s.preset)

/** Household-years of electricity (for the everyday comparison). */
export function householdsFor(energyKwh: number, householdFigure: FigureId): number {
  return householdYears(energyKwh, FIGURES[householdFigure].value)
}

export const TRAINING = defineCalculator<TrainingState, TrainingResult, TrainingField>({
  prefix: 'train',
  fields: FIELDS,
  outputs: { energyKwh: { unit: 'kWh' }, emissionsKg: { unit: 'kg' }, gpuHours: { unit: 'gpuHours' }, servers: { unit: 'count' } },
  fieldsIn: s => trainingFields(s.timeBasis),
  compute: (v, s) => computeTraining(s.timeBasis, v),
  presets: TRAINING_PRESETS,
  defaultPreset: DEFAULT_TRAINING_PRESET,
  presetState: id => trainingPresetState(isPreset(id) ? id : DEFAULT_TRAINING_PRESET),
  presetButtons: true,
  reset: { labelKey: 'calc.reset' },
  choices: {
    // a named preset travels as its name alone; 'custom' is what the inputs say
    preset: { param: 'preset', values: PRESET_IDS, unlisted: ['custom'], labelKey: 'calc.presetsLabel', apply: (_, id) => trainingPresetState(isPreset(id) ? id : DEFAULT_TRAINING_PRESET) },
    timeBasis: { param: 'basis', values: TIME_BASES, labelKey: 'calc.timeBasis.label' },
  },
  onEdit: { preset: 'custom' },
  settle: (s) => {
    const p = presetOf(s)
    const same = s.timeBasis === p.timeBasis && (Object.keys(FIELDS) as TrainingField[]).every(f => (s.inputs[f] ?? '') === (p.inputs[f] ?? ''))
    return same ? s : { ...s, preset: 'custom' }
  },
})
