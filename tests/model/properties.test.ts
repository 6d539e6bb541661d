import type { InputErrorReason } from '../../model'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  deviceEnergyKwh,
  emissionsKg,
  gpuTrainingRun,
  householdYears,
  inferenceFleet,

  LIMITS,
  ModelInputError,
  requestsEnergy,
  requireNumber,
  serversFor,
  trainingRun,
} from '../../model'

const devices = fc.integer({ min: 1, max: 1_000_000 })
const powerKw = fc.double({ min: 0.001, max: 50, noNaN: true })
const hours = fc.double({ min: 0, max: 5_000, noNaN: true })
const utilization = fc.double({ min: 0.01, max: 1, noNaN: true })
const pue = fc.double({ min: 1, max: 5, noNaN: true })
const factor = fc.integer({ min: 2, max: 100 })
const closeTo = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-12 + 1e-12

describe('deviceEnergyKwh properties', () => {
  it('is finite and non-negative for valid input', () => {
    fc.assert(
      fc.property(devices, powerKw, hours, utilization, pue, (d, p, h, u, e) => {
        const r = deviceEnergyKwh({ devices: d, powerKw: p, hours: h, utilization: u, pue: e })
        return Number.isFinite(r) && r >= 0
      }),
    )
  })

  it('is finite at the largest allowed inputs', () => {
    const r = deviceEnergyKwh({ devices: LIMITS.devices, powerKw: LIMITS.powerKw, hours: LIMITS.hours, utilization: 1, pue: LIMITS.pue })
    expect(Number.isFinite(r)).toBe(true)
  })

  it('is linear in devices, hours and power', () => {
    fc.assert(
      fc.property(devices, powerKw, hours, factor, (d, p, h, k) => {
        const base = deviceEnergyKwh({ devices: d, powerKw: p, hours: h })
        return (
          closeTo(deviceEnergyKwh({ devices: d * k, powerKw: p, hours: h }), k * base)
          && closeTo(deviceEnergyKwh({ devices: d, powerKw: p, hours: h * k }), k * base)
          && closeTo(deviceEnergyKwh({ devices: d, powerKw: p * k, hours: h }), k * base)
        )
      }),
    )
  })

  it('is monotone in PUE and utilization', () => {
    fc.assert(
      fc.property(devices, powerKw, hours, pue, pue, utilization, utilization, (d, p, h, e1, e2, u1, u2) => {
        const at = (e: number, u: number) => deviceEnergyKwh({ devices: d, powerKw: p, hours: h, pue: e, utilization: u })
        const [pLo, pHi] = e1 <= e2 ? [e1, e2] : [e2, e1]
        const [uLo, uHi] = u1 <= u2 ? [u1, u2] : [u2, u1]
        return at(pLo, u1) <= at(pHi, u1) && at(e1, uLo) <= at(e1, uHi)
      }),
    )
  })

  it('gives 0 kWh for 0 hours', () => {
    expect(deviceEnergyKwh({ devices: 10, powerKw: 1, hours: 0 })).toBe(0)
  })
})

describe('serversFor properties', () => {
  it('holds every GPU and is minimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 64 }), (g, per) => {
        const s = serversFor(g, per)
        return Number.isInteger(s) && s * per >= g && (s - 1) * per < g
      }),
    )
  })
})

describe('emissionsKg properties', () => {
  it('is linear in energy and in intensity', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 99, noNaN: true }), factor, (e, g, k) => {
        const base = emissionsKg(e, g)
        return Number.isFinite(base) && closeTo(emissionsKg(e * k, g), k * base) && closeTo(emissionsKg(e, g * k), k * base)
      }),
    )
  })
})

describe('trainingRun and gpuTrainingRun agree with deviceEnergyKwh', () => {
  it('per-server run = servers × power × days·24 × utilization × PUE', () => {
    fc.assert(
      fc.property(devices, fc.integer({ min: 1, max: 16 }), powerKw, fc.double({ min: 0, max: 1000, noNaN: true }), utilization, pue, (g, per, p, days, u, e) => {
        const r = trainingRun({ gpus: g, gpusPerServer: per, serverPowerKw: p, days, utilization: u, pue: e, gridIntensity: 480 })
        const expected = deviceEnergyKwh({ devices: serversFor(g, per), powerKw: p, hours: days * 24, utilization: u, pue: e })
        return closeTo(r.energyKwh, expected) && closeTo(r.emissionsKg, emissionsKg(expected, 480))
      }),
    )
  })

  it('gpus × hours equals the same number of GPU-hours', () => {
    fc.assert(
      fc.property(devices, hours, powerKw, pue, (g, h, p, e) => {
        const a = gpuTrainingRun({ gpus: g, hours: h, gpuPowerKw: p, pue: e, gridIntensity: 100 })
        const b = gpuTrainingRun({ gpuHours: g * h, gpuPowerKw: p, pue: e, gridIntensity: 100 })
        return closeTo(a.energyKwh, b.energyKwh)
      }),
    )
  })
})

/** Assert that `fn` throws ModelInputError for `field` with `reason`. */
function expectInputError(fn: () => unknown, field: string, reason: InputErrorReason) {
  let caught: unknown
  try {
    fn()
  }
  catch (e) {
    caught = e
  }
  expect(caught, `${field}: ${reason}`).toBeInstanceOf(ModelInputError)
  expect((caught as ModelInputError).field).toBe(field)
  expect((caught as ModelInputError).reason).toBe(reason)
}

// Bad values every numeric field rejects, with the reason.
const universal: [unknown, InputErrorReason][] = [
  [undefined, 'missing'],
  [null, 'missing'],
  ['', 'missing'],
  ['12', 'notANumber'],
  [Number.NaN, 'notANumber'],
  [Number.POSITIVE_INFINITY, 'notFinite'],
  [Number.NEGATIVE_INFINITY, 'notFinite'],
  [-1, 'negative'],
  [-0.5, 'negative'],
]

/** A valid call of each function, and the per-field extra cases. */
const validDevice = { devices: 100, powerKw: 0.4, hours: 10, utilization: 0.5, pue: 1.2 }
const validRun = { gpus: 25_000, gpusPerServer: 8, serverPowerKw: 6.5, days: 100, utilization: 1, pue: 1, gridIntensity: 480 }
const validGpuRun = { gpus: 10, hours: 5, gpuPowerKw: 0.33, utilization: 1, pue: 1.1, gridIntensity: 429 }
const validFleet = { servers: 10, serverPowerKw: 6.5, hoursPerDay: 24, share: 1, pue: 1 }

type Case = [field: string, bad: unknown, reason: InputErrorReason]
// Optional inputs (utilization, pue) take their default when undefined, so 'missing' is tested with null and ''.
const optional = new Set(['utilization', 'pue'])
const cases: Record<string, { call: (field: string, bad: unknown) => unknown, fields: string[], extra: Case[] }> = {
  deviceEnergyKwh: {
    call: (f, bad) => deviceEnergyKwh({ ...validDevice, [f]: bad } as typeof validDevice),
    fields: ['devices', 'powerKw', 'hours', 'utilization', 'pue'],
    extra: [
      ['devices', 0, 'zero'],
      ['devices', 2.5, 'notInteger'],
      ['devices', 2e9, 'tooLarge'],
      ['powerKw', 0, 'zero'],
      ['powerKw', LIMITS.powerKw * 2, 'tooLarge'],
      ['hours', LIMITS.hours * 2, 'tooLarge'],
      ['utilization', 0, 'zero'],
      ['utilization', 1.01, 'aboveOne'],
      ['pue', 0.99, 'belowOne'],
      ['pue', 0, 'belowOne'],
      ['pue', 6, 'tooLarge'],
    ],
  },
  trainingRun: {
    call: (f, bad) => trainingRun({ ...validRun, [f]: bad } as typeof validRun),
    fields: ['gpus', 'gpusPerServer', 'serverPowerKw', 'days', 'utilization', 'pue', 'gridIntensity'],
    extra: [
      ['gpus', 0, 'zero'],
      ['gpus', 100.5, 'notInteger'],
      ['gpus', 1e10, 'tooLarge'],
      ['gpusPerServer', 0, 'belowOne'],
      ['gpusPerServer', 7.5, 'notInteger'],
      ['gpusPerServer', 1e5, 'tooLarge'],
      ['serverPowerKw', 0, 'zero'],
      ['serverPowerKw', LIMITS.powerKw * 2, 'tooLarge'],
      ['days', LIMITS.days * 2, 'tooLarge'],
      ['utilization', 2, 'aboveOne'],
      ['pue', 0.5, 'belowOne'],
      ['pue', 10, 'tooLarge'],
      ['gridIntensity', 1e6, 'tooLarge'],
    ],
  },
  gpuTrainingRun: {
    call: (f, bad) => gpuTrainingRun({ ...validGpuRun, [f]: bad } as typeof validGpuRun),
    fields: ['gpus', 'hours', 'gpuPowerKw', 'utilization', 'pue', 'gridIntensity'],
    extra: [
      ['gpus', 0, 'zero'],
      ['gpus', 1.5, 'notInteger'],
      ['hours', LIMITS.hours * 2, 'tooLarge'],
      ['gpuPowerKw', 0, 'zero'],
      ['utilization', 1.5, 'aboveOne'],
      ['pue', 0.9, 'belowOne'],
    ],
  },
  inferenceFleet: {
    call: (f, bad) => inferenceFleet({ ...validFleet, [f]: bad } as typeof validFleet),
    fields: ['servers', 'serverPowerKw', 'hoursPerDay', 'share', 'pue'],
    extra: [
      ['servers', 0, 'zero'],
      ['servers', 3.2, 'notInteger'],
      ['serverPowerKw', 0, 'zero'],
      ['hoursPerDay', 25, 'tooLarge'],
      ['share', 1.2, 'aboveOne'],
      ['pue', 0.8, 'belowOne'],
    ],
  },
  requestsEnergy: {
    call: (f, bad) => requestsEnergy({ whPerRequest: 2.9, requestsPerDay: 195e6, [f]: bad } as { whPerRequest: number, requestsPerDay: number }),
    fields: ['whPerRequest', 'requestsPerDay'],
    extra: [
      ['whPerRequest', 0, 'zero'],
      ['whPerRequest', 1e5, 'tooLarge'],
      ['requestsPerDay', 1e14, 'tooLarge'],
    ],
  },
}

describe('invalid input throws ModelInputError with the right field and reason', () => {
  for (const [name, { call, fields, extra }] of Object.entries(cases)) {
    describe(name, () => {
      it('accepts the valid baseline', () => {
        expect(() => call('__none__', 0)).not.toThrow()
      })
      for (const field of fields) {
        it(`${field}: missing, NaN, ±Infinity, negative`, () => {
          for (const [bad, reason] of universal) {
            if (!(bad === undefined && optional.has(field)))
              expectInputError(() => call(field, bad), field, reason)
          }
        })
      }
      for (const [field, bad, reason] of extra)
        it(`${field} = ${String(bad)} → ${reason}`, () => expectInputError(() => call(field, bad), field, reason))
    })
  }

  it('serversFor', () => {
    for (const [bad, reason] of universal) {
      expectInputError(() => serversFor(bad as number, 8), 'gpus', reason)
      expectInputError(() => serversFor(8, bad as number), 'gpusPerServer', reason)
    }
    expectInputError(() => serversFor(0, 8), 'gpus', 'zero')
    expectInputError(() => serversFor(10.5, 8), 'gpus', 'notInteger')
    expectInputError(() => serversFor(10, 0), 'gpusPerServer', 'belowOne')
    expectInputError(() => serversFor(10, 2.5), 'gpusPerServer', 'notInteger')
    expectInputError(() => serversFor(2e9, 8), 'gpus', 'tooLarge')
  })

  it('emissionsKg', () => {
    for (const [bad, reason] of universal) {
      expectInputError(() => emissionsKg(bad as number, 480), 'energyKwh', reason)
      expectInputError(() => emissionsKg(1000, bad as number), 'gridIntensity', reason)
    }
    expectInputError(() => emissionsKg(1e16, 480), 'energyKwh', 'tooLarge')
    expect(emissionsKg(0, 480)).toBe(0)
    expect(emissionsKg(1000, 0)).toBe(0) // a zero-carbon grid is meaningful
  })

  it('gpuTrainingRun with gpuHours', () => {
    for (const [bad, reason] of universal)
      expectInputError(() => gpuTrainingRun({ gpuHours: bad as number, gpuPowerKw: 0.4, gridIntensity: 57 }), 'gpuHours', reason)
  })

  it('householdYears', () => {
    for (const [bad, reason] of universal) {
      expectInputError(() => householdYears(bad as number, 2700), 'energyKwh', reason)
      expectInputError(() => householdYears(1000, bad as number), 'kwhPerHouseholdYear', reason)
    }
    expectInputError(() => householdYears(1000, 0), 'kwhPerHouseholdYear', 'zero')
  })

  it('random garbage never yields NaN or Infinity: it throws or returns a finite number', () => {
    const anything = fc.oneof(fc.double(), fc.integer(), fc.constant(undefined), fc.string())
    fc.assert(
      fc.property(anything, anything, anything, (a, b, c) => {
        try {
          const r = deviceEnergyKwh({ devices: a, powerKw: b, hours: c } as unknown as { devices: number, powerKw: number, hours: number })
          return Number.isFinite(r)
        }
        catch (e) {
          return e instanceof ModelInputError
        }
      }),
    )
  })

  it('requireNumber normalises -0 and reports the field in the message', () => {
    expect(Object.is(requireNumber('x', -0), 0)).toBe(true)
    expect(() => requireNumber('gpus', -3)).toThrow(/gpus.*negative/)
  })
})

describe('optional inputs', () => {
  it('utilization and pue default to 1 when undefined', () => {
    const base = { devices: 3, powerKw: 2, hours: 5 }
    expect(deviceEnergyKwh({ ...base, utilization: undefined, pue: undefined })).toBe(30)
    expect(deviceEnergyKwh(base)).toBe(30)
  })
})
