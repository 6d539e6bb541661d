import { requireNumber } from './errors'
import { DAYS_PER_YEAR, daysToHours, HOURS_PER_DAY } from './units'

/**
 * Largest sensible value of each input; above it the input is rejected as 'tooLarge'. Limits catch
 * nonsense, not real inputs: each is at least ten times the largest real case the talk cites
 * (tests/model/limits.test.ts checks every one at that size).
 * - devices: de Vries' 4.1 M A100s → 1e9
 * - powerKw: a whole fleet entered as one device (de Vries: 512,821 × 6.5 kW ≈ 3.3 GW) → 1e8 kW (100 GW)
 * - hours: a GPU-hour total entered as one device for that many hours (Llama 3.1: 39.3 M) → 1e9
 * - pue: the highest cited is 1.67 (Carbontracker's first releases) → 5
 * - gpusPerServer: 8 → 1e4;  gridIntensity: China 582 g/kWh, coal ~1,000 → 1e4
 * - energyKwh: IEA's 945 TWh for 2030 (9.45e11 kWh); world electricity ~3e13 kWh → 1e15
 * - whPerRequest: 2.9 Wh → 1e4;  requestsPerDay: 9 billion searches → 1e13
 */
export const LIMITS = {
  devices: 1e9,
  powerKw: 1e8,
  hours: 1e9,
  days: 1e9 / HOURS_PER_DAY,
  hoursPerDay: HOURS_PER_DAY,
  pue: 5,
  gpusPerServer: 1e4,
  gridIntensity: 1e4,
  energyKwh: 1e15,
  whPerRequest: 1e4,
  requestsPerDay: 1e13,
  kwhPerHouseholdYear: 1e6,
} as const

/** An optional input: `undefined` takes the default, anything else (even null or '') is validated. */
const orDefault = (v: unknown, fallback: number): unknown => (v === undefined ? fallback : v)

// One rule per kind of input, shared by every formula.
function count(field: string, v: unknown, max: number = LIMITS.devices) {
  return requireNumber(field, v, { positive: true, integer: true, max })
}
const power = (field: string, v: unknown) => requireNumber(field, v, { positive: true, max: LIMITS.powerKw })
const hours = (field: string, v: unknown) => requireNumber(field, v, { max: LIMITS.hours })
const fraction = (field: string, v: unknown) => requireNumber(field, v, { positive: true, atMostOne: true })
const pueOf = (field: string, v: unknown) => requireNumber(field, v, { atLeastOne: true, max: LIMITS.pue })
const intensity = (field: string, v: unknown) => requireNumber(field, v, { max: LIMITS.gridIntensity })

/** Energy (kWh) of `devices` drawing `powerKw` each for `hours`, scaled by utilization and PUE. */
export function deviceEnergyKwh(input: {
  devices: number
  powerKw: number
  hours: number
  utilization?: number
  pue?: number
}): number {
  const devices = count('devices', input.devices)
  const powerKw = power('powerKw', input.powerKw)
  const h = hours('hours', input.hours)
  const utilization = fraction('utilization', orDefault(input.utilization, 1))
  const pue = pueOf('pue', orDefault(input.pue, 1))
  return devices * powerKw * h * utilization * pue
}

/** Servers needed to hold `gpus` GPUs, `gpusPerServer` to a server (rounded up). */
export function serversFor(gpus: number, gpusPerServer: number): number {
  const g = count('gpus', gpus)
  const per = requireNumber('gpusPerServer', gpusPerServer, { integer: true, atLeastOne: true, max: LIMITS.gpusPerServer })
  return Math.ceil(g / per)
}

/** Emissions (kg CO2e) of `energyKwh` at a grid intensity in g CO2e/kWh. */
export function emissionsKg(energyKwh: number, gramsPerKwh: number): number {
  const e = requireNumber('energyKwh', energyKwh, { max: LIMITS.energyKwh })
  const g = intensity('gridIntensity', gramsPerKwh)
  return (e * g) / 1000
}

/** Inputs of a training run counted per server (de Vries / RISE style). */
export interface TrainingRunInput {
  gpus: number
  gpusPerServer: number
  serverPowerKw: number
  days: number
  utilization?: number
  pue?: number
  gridIntensity: number
}

/** Result of a training run, in base units. */
export interface TrainingRunResult {
  servers: number
  hours: number
  energyKwh: number
  emissionsKg: number
}

/** Training run with per-server power: servers × serverPowerKw × days·24 × utilization × PUE. */
export function trainingRun(input: TrainingRunInput): TrainingRunResult {
  const servers = serversFor(input.gpus, input.gpusPerServer)
  const days = requireNumber('days', input.days, { max: LIMITS.days })
  const h = daysToHours(days)
  const utilization = fraction('utilization', orDefault(input.utilization, 1))
  const pue = pueOf('pue', orDefault(input.pue, 1))
  const serverPowerKw = power('serverPowerKw', input.serverPowerKw)
  const energyKwh = deviceEnergyKwh({ devices: servers, powerKw: serverPowerKw, hours: h, utilization, pue })
  return { servers, hours: h, energyKwh, emissionsKg: emissionsKg(energyKwh, input.gridIntensity) }
}

/** Inputs of a training run counted per GPU (Patterson / Luccioni / ML CO2 Impact style). */
export type GpuTrainingRunInput = ({ gpus: number, hours: number } | { gpuHours: number }) & {
  gpuPowerKw: number
  utilization?: number
  pue?: number
  gridIntensity: number
}

/** Result of a per-GPU training run, in base units. */
export interface GpuTrainingRunResult {
  gpuHours: number
  energyKwh: number
  emissionsKg: number
}

/** Training run with per-GPU power: GPU-hours × gpuPowerKw × utilization × PUE. */
export function gpuTrainingRun(input: GpuTrainingRunInput): GpuTrainingRunResult {
  const gpuHours
    = 'gpuHours' in input
      ? requireNumber('gpuHours', input.gpuHours, { max: LIMITS.devices * LIMITS.hours })
      : count('gpus', input.gpus) * hours('hours', input.hours)
  const gpuPowerKw = power('gpuPowerKw', input.gpuPowerKw)
  const utilization = fraction('utilization', orDefault(input.utilization, 1))
  const pue = pueOf('pue', orDefault(input.pue, 1))
  const energyKwh = gpuHours * gpuPowerKw * utilization * pue
  return { gpuHours, energyKwh, emissionsKg: emissionsKg(energyKwh, input.gridIntensity) }
}

/** Inputs of a serving fleet running every day. */
export interface InferenceFleetInput {
  servers: number
  serverPowerKw: number
  hoursPerDay: number
  /** Share of the fleet's work that is AI (de Vries: 1, every search). */
  share: number
  pue?: number
}

/** Daily and yearly energy (kWh). */
export interface DailyYearly {
  dailyKwh: number
  yearlyKwh: number
}

/** Energy of a fleet of servers: servers × kW × hours/day × share × PUE, per day and per 365-day year. */
export function inferenceFleet(input: InferenceFleetInput): DailyYearly {
  const servers = count('servers', input.servers)
  const serverPowerKw = power('serverPowerKw', input.serverPowerKw)
  const hoursPerDay = requireNumber('hoursPerDay', input.hoursPerDay, { max: LIMITS.hoursPerDay })
  const share = requireNumber('share', input.share, { atMostOne: true })
  const pue = pueOf('pue', orDefault(input.pue, 1))
  const dailyKwh = servers * serverPowerKw * hoursPerDay * share * pue
  return { dailyKwh, yearlyKwh: dailyKwh * DAYS_PER_YEAR }
}

/** Energy of a number of requests per day at a given Wh per request. */
export function requestsEnergy(input: { whPerRequest: number, requestsPerDay: number }): DailyYearly {
  const wh = requireNumber('whPerRequest', input.whPerRequest, { positive: true, max: LIMITS.whPerRequest })
  const requests = requireNumber('requestsPerDay', input.requestsPerDay, { max: LIMITS.requestsPerDay })
  const dailyKwh = (wh * requests) / 1000
  return { dailyKwh, yearlyKwh: dailyKwh * DAYS_PER_YEAR }
}

/** Energy per request (Wh) of a fleet using `dailyKwh` for `requestsPerDay` requests. */
export function whPerRequest(dailyKwh: number, requestsPerDay: number): number {
  const e = requireNumber('dailyKwh', dailyKwh, { max: LIMITS.energyKwh })
  const r = requireNumber('requestsPerDay', requestsPerDay, { positive: true, max: LIMITS.requestsPerDay })
  return (e * 1000) / r
}

/** How many household-years of electricity `energyKwh` is. */
export function householdYears(energyKwh: number, kwhPerHouseholdYear: number): number {
  const e = requireNumber('energyKwh', energyKwh, { max: LIMITS.energyKwh })
  const per = requireNumber('kwhPerHouseholdYear', kwhPerHouseholdYear, { positive: true, max: LIMITS.kwhPerHouseholdYear })
  return e / per
}
