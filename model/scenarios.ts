import type { DailyYearly, GpuTrainingRunInput, GpuTrainingRunResult, InferenceFleetInput, TrainingRunInput, TrainingRunResult } from './energy'
import type { FigureId } from './figures'
import type { SourceId } from './sources'
import {

  gpuTrainingRun,

  inferenceFleet,

  trainingRun,

} from './energy'
import { FIGURES } from './figures'
import { hoursToDays } from './units'

/** A published result a preset must reproduce: the figure and a relative tolerance (0.01 = ±1%). */
export interface Expected {
  figure: FigureId
  tolerance: number
}

/** Which model function a preset feeds, with its input and result types. */
interface Models {
  trainingRun: { input: TrainingRunInput, result: TrainingRunResult }
  gpuTrainingRun: { input: GpuTrainingRunInput, result: GpuTrainingRunResult }
  inferenceFleet: { input: InferenceFleetInput, result: DailyYearly }
}
export type ModelName = keyof Models

/** A calculator preset: every input is a figure; `expected` lists the published results it reproduces. */
export interface Preset<M extends ModelName = ModelName> {
  id: string
  /** English label for logs; the UI takes its label from the locale files by `id`. */
  label: string
  model: M
  source: SourceId
  /** Figure behind each input. Inputs named `days` take a figure in hours, converted. */
  inputFigures: Readonly<Record<string, FigureId>>
  inputs: Models[M]['input']
  expected: Partial<Record<keyof Models[M]['result'], Expected>>
  note: string
}

/** Input values from their figures; `days` inputs are converted from the figure's hours. */
export function inputsFromFigures(inputFigures: Readonly<Record<string, FigureId>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(inputFigures).map(([name, id]) => {
      const v = FIGURES[id].value
      return [name, name === 'days' ? hoursToDays(v) : v]
    }),
  )
}

/** Build a preset whose inputs are read from FIGURES. */
function preset<M extends ModelName, I extends Models[M]['input']>(
  p: Omit<Preset<M>, 'inputs' | 'inputFigures'> & { inputFigures: { readonly [K in keyof I]: FigureId } },
): Preset<M> {
  const inputFigures = p.inputFigures as Readonly<Record<string, FigureId>>
  return { ...p, inputFigures, inputs: inputsFromFigures(inputFigures) as unknown as Models[M]['input'] }
}

/** GPT-3 training per Patterson et al. 2021. */
const gpt3 = preset<'gpuTrainingRun', { gpus: number, hours: number, gpuPowerKw: number, pue: number, gridIntensity: number }>({
  id: 'gpt3',
  label: 'GPT-3 (Patterson et al. 2021)',
  model: 'gpuTrainingRun',
  source: 'patterson2021',
  inputFigures: {
    gpus: 'gpt3.gpus',
    hours: 'gpt3.hours',
    gpuPowerKw: 'gpt3.gpuPower',
    pue: 'gpt3.pue',
    gridIntensity: 'gpt3.gridIntensity',
  },
  expected: { energyKwh: { figure: 'gpt3.energy', tolerance: 0.01 }, emissionsKg: { figure: 'gpt3.co2', tolerance: 0.01 } },
  note: '10,000 V100 x 0.330 kW (measured mean) x 14.8 days x PUE 1.10 at 0.429 kg/kWh.',
})

/** BLOOM 176B training per Luccioni et al. 2023 (dynamic energy only). */
const bloom = preset<'gpuTrainingRun', { gpuHours: number, gpuPowerKw: number, pue: number, gridIntensity: number }>({
  id: 'bloom',
  label: 'BLOOM 176B (Luccioni et al. 2023)',
  model: 'gpuTrainingRun',
  source: 'luccioni2023',
  inputFigures: {
    gpuHours: 'bloom.gpuHours',
    gpuPowerKw: 'bloom.gpuPower',
    pue: 'bloom.pue',
    gridIntensity: 'bloom.gridIntensity',
  },
  expected: {
    energyKwh: { figure: 'bloom.energy', tolerance: 0.001 },
    emissionsKg: { figure: 'bloom.dynamicCo2', tolerance: 0.005 },
  },
  note: '1,082,990 A100 GPU-hours x 0.400 kW at 57 g/kWh; dynamic power only (idle and embodied emissions excluded).',
})

/** GPT-4 as RISE estimated it, the article's figures: the calculators' default and reset state. */
const gpt4Rise = preset<'trainingRun', Required<TrainingRunInput>>({
  id: 'gpt4Rise',
  label: 'GPT-4 (RISE, as quoted by the article)',
  model: 'trainingRun',
  source: 'rise',
  inputFigures: {
    gpus: 'gpt4.riseGpus',
    gpusPerServer: 'gpt4.riseGpusPerServer',
    serverPowerKw: 'gpt4.riseServerPower',
    days: 'gpt4.riseHours',
    utilization: 'gpt4.riseUtilization',
    pue: 'gpt4.risePue',
    gridIntensity: 'grid.world2023',
  },
  expected: { energyKwh: { figure: 'gpt4.riseEnergy', tolerance: 1e-9 }, servers: { figure: 'gpt4.riseServers', tolerance: 0 } },
  note: '25,000 A100 / 8 = 3,125 servers x 6.5 kW x 100 days, PUE 1. Inputs unconfirmed (SemiAnalysis leak). RISE gave no grid intensity: the world average 2023 (Ember) is a placeholder, and no emissions are published.',
})

/** Llama 3 8B + 70B together (the model card gives one GPU-hour total for both). */
const llama3 = preset<'gpuTrainingRun', { gpuHours: number, gpuPowerKw: number, gridIntensity: number }>({
  id: 'llama3',
  label: 'Llama 3 (8B + 70B, Meta model card)',
  model: 'gpuTrainingRun',
  source: 'metaLlama3',
  inputFigures: {
    gpuHours: 'llama3.gpuHours',
    gpuPowerKw: 'llama3.gpuPower',
    gridIntensity: 'grid.us2023',
  },
  expected: { energyKwh: { figure: 'llama3.energy', tolerance: 1e-9 } },
  note: '7.7 M H100 GPU-hours x 0.7 kW for 8B and 70B together (the model card\'s total). Meta publishes 2,290 t CO2e but not its grid intensity or PUE, so only the energy is checked; the US average grid (Ember 2023) is a placeholder.',
})

/** de Vries 2023: an LLM behind every Google search, per day and per year. */
const deVries = preset<'inferenceFleet', Required<InferenceFleetInput>>({
  id: 'deVries',
  label: 'LLM in every Google search (de Vries 2023)',
  model: 'inferenceFleet',
  source: 'devries2023',
  inputFigures: {
    servers: 'devries.servers',
    serverPowerKw: 'devries.serverPower',
    hoursPerDay: 'devries.hoursPerDay',
    share: 'devries.share',
    pue: 'devries.pue',
  },
  expected: {
    dailyKwh: { figure: 'devries.dailyEnergy', tolerance: 0.005 },
    yearlyKwh: { figure: 'devries.yearlyEnergy', tolerance: 0.005 },
  },
  note: '4,102,568 A100 / 8 = 512,821 servers x 6.5 kW x 24 h, PUE 1, every search by an LLM: the author\'s worst case.',
})

/** All presets by id. */
export const PRESETS = { gpt3, bloom, gpt4Rise, llama3, deVries } as const
export type PresetId = keyof typeof PRESETS

/** The preset the calculators start from and reset to: the article's GPT-4 numbers. */
export const DEFAULT_PRESET: PresetId = 'gpt4Rise'

/** Run a preset through its model function. */
export function runPreset(p: Preset): Record<string, number> {
  switch (p.model) {
    case 'trainingRun':
      return { ...trainingRun(p.inputs as TrainingRunInput) }
    case 'gpuTrainingRun':
      return { ...gpuTrainingRun(p.inputs as GpuTrainingRunInput) }
    case 'inferenceFleet':
      return { ...inferenceFleet(p.inputs as InferenceFleetInput) }
  }
}
