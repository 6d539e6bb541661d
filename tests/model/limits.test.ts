// Limits catch nonsense, not real inputs: every entry of LIMITS is checked against the largest real
// case the talk cites, and against ten times that case (the next order of magnitude), by calling the
// model at that size.
import { describe, expect, it } from 'vitest'
import {
  computeTraining,
  deviceEnergyKwh,
  emissionsKg,
  FIELDS,
  gpuTrainingRun,
  householdYears,
  inferenceFleet,
  LIMITS,
  parseFieldText,
  requestsEnergy,
  serversFor,
  trainingRun,
  figureValue as v,
  whPerRequest,
} from '../../model'

/** One input's text through its own rule, as the calculator field checks it. */
const parseField = (field: keyof typeof FIELDS, raw: string) => parseFieldText(field, FIELDS[field], raw)

/** For each limit: the largest real case the talk cites, and a call of the model at a given size. */
const CASES: Record<keyof typeof LIMITS, { real: number, what: string, call?: (x: number) => number }> = {
  devices: { real: v('devries.gpus'), what: 'de Vries\' A100 GPUs', call: x => deviceEnergyKwh({ devices: x, powerKw: v('gpu.a100SxmPower'), hours: 24 }) },
  powerKw: { real: v('devries.servers') * v('devries.serverPower'), what: 'de Vries\' whole fleet as one device (kW)', call: x => deviceEnergyKwh({ devices: 1, powerKw: x, hours: 24 }) },
  hours: { real: v('llama31.gpuHours'), what: 'Llama 3.1\'s GPU-hours as one device', call: x => deviceEnergyKwh({ devices: 1, powerKw: v('llama3.gpuPower'), hours: x }) },
  days: { real: v('llama31.gpuHours') / 24, what: 'Llama 3.1\'s GPU-days as one GPU', call: x => trainingRun({ gpus: 1, gpusPerServer: 1, serverPowerKw: 0.7, days: x, gridIntensity: 369 }).energyKwh },
  hoursPerDay: { real: 24, what: 'a day (a bound by definition, not a size)' },
  pue: { real: 1.67, what: 'Carbontracker\'s first PUE (1.67); the highest the talk mentions', call: x => deviceEnergyKwh({ devices: 1, powerKw: 1, hours: 1, pue: x }) },
  gpusPerServer: { real: v('server.dgxGpus'), what: 'GPUs in a DGX', call: x => serversFor(80, x) },
  gridIntensity: { real: v('grid.china2023'), what: 'China\'s grid, the most carbon-intensive cited', call: x => emissionsKg(1, x) },
  energyKwh: { real: v('dataCentres.world2026High'), what: 'the IEA\'s high case for world data centres in 2026', call: x => emissionsKg(x, v('grid.world2023')) },
  whPerRequest: { real: v('chatgpt.requestEnergy') * 1000, what: 'a ChatGPT request, 2023 (Wh)', call: x => requestsEnergy({ whPerRequest: x, requestsPerDay: 1 }).dailyKwh },
  requestsPerDay: { real: v('devries.dailySearches'), what: 'Google searches a day', call: x => requestsEnergy({ whPerRequest: 0.3, requestsPerDay: x }).dailyKwh },
  kwhPerHouseholdYear: { real: v('household.us'), what: 'a US household', call: x => householdYears(1e6, x) },
}

/** Limits that are bounds by definition (a day has 24 hours) or physical (a PUE of 16 does not exist). */
const BOUNDED_BY_MEANING: Partial<Record<keyof typeof LIMITS, number>> = { hoursPerDay: 1, pue: 2.5 }

describe('every limit admits the largest real case and the next order of magnitude', () => {
  it('every limit has a case', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(LIMITS).sort())
  })

  for (const [name, c] of Object.entries(CASES) as [keyof typeof LIMITS, (typeof CASES)[keyof typeof LIMITS]][]) {
    const factor = BOUNDED_BY_MEANING[name] ?? 10
    it(`${name}: ${c.what} (${c.real.toExponential(2)}) × ${factor} ≤ ${LIMITS[name]}`, () => {
      expect(c.real * factor).toBeLessThanOrEqual(LIMITS[name])
      if (c.call) {
        for (const x of [c.real, c.real * factor]) {
          const r = c.call(name === 'devices' || name === 'gpusPerServer' ? Math.round(x) : x)
          expect(Number.isFinite(r), `${name} at ${x}`).toBe(true)
        }
      }
    })
  }
})

describe('a GPU-hour total passed as one device is the natural call and works', () => {
  it('llama 3.1: 39.3 M H100 GPU-hours as one device × 0.7 kW = 27.51 GWh', () => {
    const e = deviceEnergyKwh({ devices: 1, powerKw: v('llama3.gpuPower'), hours: v('llama31.gpuHours') })
    expect(e).toBeCloseTo(v('llama31.energy'), 0)
  })

  it('llama 3.1 405B alone, 30.84 M GPU-hours, and ten times Llama 3.1 (393 M) as one device', () => {
    expect(deviceEnergyKwh({ devices: 1, powerKw: 0.7, hours: v('llama31.gpuHours405b') })).toBeCloseTo(21.588e6, 0)
    expect(deviceEnergyKwh({ devices: 1, powerKw: 0.7, hours: v('llama31.gpuHours') * 10 })).toBeCloseTo(275.1e6, 0)
  })

  it('bLOOM\'s 1,082,990 GPU-hours as one device (it was rejected as tooLarge before)', () => {
    expect(deviceEnergyKwh({ devices: 1, powerKw: v('bloom.gpuPower'), hours: v('bloom.gpuHours') })).toBeCloseTo(v('bloom.energy'), 6)
  })

  it('the same totals through the per-GPU run and the calculator field', () => {
    const r = gpuTrainingRun({ gpuHours: v('llama31.gpuHours') * 10, gpuPowerKw: 0.7, gridIntensity: v('grid.us2023') })
    expect(r.energyKwh).toBeCloseTo(275.1e6, 0)
    const field = parseField('gpuHours', '393000000')
    expect(field).toEqual({ value: 393e6 })
    const t = computeTraining('gpuHours', { gpuHours: 393e6, gpusPerServer: 1, serverPowerKw: 0.7, utilization: 1, pue: 1, gridIntensity: 369 })
    expect(t.energyKwh).toBeCloseTo(275.1e6, 0)
    expect(FIELDS.gpuHours.rule.max).toBeGreaterThanOrEqual(v('llama31.gpuHours') * 10)
  })

  it('de Vries\' fleet as one device: 3.33 GW × 24 h = 80 GWh a day', () => {
    const fleetKw = v('devries.servers') * v('devries.serverPower')
    expect(deviceEnergyKwh({ devices: 1, powerKw: fleetKw, hours: 24 })).toBeCloseTo(inferenceFleet({ servers: v('devries.servers'), serverPowerKw: v('devries.serverPower'), hoursPerDay: 24, share: 1 }).dailyKwh, 0)
    expect(whPerRequest(v('chatgpt.dailyEnergy'), v('chatgpt.dailyRequests'))).toBeCloseTo(2.89, 2)
  })

  it('limits still reject nonsense just above them', () => {
    expect(() => deviceEnergyKwh({ devices: 1, powerKw: 0.7, hours: LIMITS.hours * 1.01 })).toThrow(/hours.*tooLarge/)
    expect(() => deviceEnergyKwh({ devices: 1, powerKw: LIMITS.powerKw * 1.01, hours: 1 })).toThrow(/powerKw.*tooLarge/)
    expect(parseField('gpuHours', '1e19')).toEqual({ error: 'tooLarge' })
  })
})
