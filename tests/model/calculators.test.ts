import { describe, expect, it } from 'vitest'
import { FIGURES } from '../../model'
import {
  computeInference,
  computeRequests,
  computeTraining,
  defaultCalculatorsState,
  parseField,
  parseFields,
  parseNumberText,
  TRAINING_PRESETS,
  trainingFields,
  trainingPresetState,
  trainingPresetValues,
} from '../../model/calculators'

describe('training presets reproduce their published figures', () => {
  for (const [id, preset] of Object.entries(TRAINING_PRESETS)) {
    it(id, () => {
      const r = computeTraining(preset.basis, trainingPresetValues(id as keyof typeof TRAINING_PRESETS))
      for (const [out, exp] of Object.entries(preset.expected) as [keyof typeof r, { figure: keyof typeof FIGURES, tolerance: number }][]) {
        const want = FIGURES[exp.figure].value
        expect(Math.abs((r[out] as number) - want) / want, `${id}.${String(out)}`).toBeLessThanOrEqual(exp.tolerance + 1e-12)
      }
    })
  }
  it('the state of a preset parses back to the same numbers', () => {
    for (const id of Object.keys(TRAINING_PRESETS) as (keyof typeof TRAINING_PRESETS)[]) {
      const s = trainingPresetState(id)
      const parsed = parseFields(trainingFields(s.timeBasis), s.inputs)
      expect(parsed.ok).toBe(true)
      if (!parsed.ok)
        continue
      for (const [k, v] of Object.entries(trainingPresetValues(id)))
        expect(Math.abs((parsed.values as Record<string, number>)[k]! - v!) / v!, `${id}.${k}`).toBeLessThan(1e-9)
    }
  })
  it('the default state is the article\'s GPT-4 estimate: 48.75 GWh', () => {
    const s = defaultCalculatorsState().training
    const p = parseFields(trainingFields(s.timeBasis), s.inputs)
    expect(p.ok && computeTraining(s.timeBasis, p.values).energyKwh).toBe(FIGURES['gpt4.riseEnergy'].value)
  })
})

describe('de Vries and per-request defaults', () => {
  it('reproduces 80 GWh a day and 29.2 TWh a year', () => {
    const s = defaultCalculatorsState().inference
    const p = parseFields(['gpus', 'gpusPerServer', 'serverPowerKw', 'hoursPerDay', 'share', 'pue'], s.inputs)
    expect(p.ok).toBe(true)
    if (!p.ok)
      return
    const r = computeInference(p.values)
    expect(r.servers).toBe(FIGURES['devries.servers'].value)
    expect(Math.abs(r.dailyKwh / FIGURES['devries.dailyEnergy'].value - 1)).toBeLessThan(0.005)
    expect(Math.abs(r.yearlyKwh / FIGURES['devries.yearlyEnergy'].value - 1)).toBeLessThan(0.005)
    expect(r.irelands).toBeCloseTo(29.2 / 29.3, 2)
  })
  it('a ChatGPT request a day at 2.9 Wh, times 195 M requests, is de Vries\' 564 MWh a day (±0.5%)', () => {
    const r = computeRequests({ requestsPerDay: FIGURES['chatgpt.dailyRequests'].value })
    expect(Math.abs(r.chat2023.dailyKwh / FIGURES['chatgpt.dailyEnergy'].value - 1)).toBeLessThan(0.005)
  })
})

describe('raw text → number', () => {
  it.each([
    ['25000', 25000],
    ['25,000', 25000],
    ['25 000', 25000],
    ['25_000', 25000],
    ['６．５', 6.5],
    ['1e3', 1000],
    ['.5', 0.5],
    [' 1.2 ', 1.2],
    ['1,5', Number.NaN],
    ['abc', Number.NaN],
    ['1.2.3', Number.NaN],
    ['', undefined],
  ])('%j → %s', (raw, want) => {
    const got = parseNumberText(raw)
    if (Number.isNaN(want as number))
      expect(got).toBeNaN()
    else expect(got).toBe(want)
  })
})

describe('each kind of bad input is rejected with its reason', () => {
  it.each([
    ['gpus', '', 'missing'],
    ['gpus', '-5', 'negative'],
    ['gpus', 'NaN', 'notANumber'],
    ['gpus', 'lots', 'notANumber'],
    ['gpus', '1e308', 'tooLarge'],
    ['gpus', '2.5', 'notInteger'],
    ['gpus', '0', 'zero'],
    ['pue', '0.5', 'belowOne'],
    ['utilization', '3', 'aboveOne'],
    ['days', 'Infinity', 'notANumber'],
    ['gpusPerServer', '0', 'belowOne'],
  ] as const)('%s = %j → %s', (field, raw, reason) => {
    expect(parseField(field, raw)).toEqual({ error: reason })
  })
  it('reports every bad field at once', () => {
    const r = parseFields(['gpus', 'pue', 'days'], { gpus: 'x', pue: '0.5', days: '10' })
    expect(r).toEqual({ ok: false, errors: { gpus: 'notANumber', pue: 'belowOne' } })
  })
})
