import type { Expected, FieldName, Preset, RawInputs, TrainingPresetId } from '../../model/calculators'
import { describe, expect, it } from 'vitest'
import { FIGURES, SOURCES } from '../../model'
import {
  computeInference,
  computeRequests,
  computeTraining,
  defaultCalculatorsState,
  fieldNames,
  FIELDS,
  INFERENCE,
  INFERENCE_PRESET,
  initialState,
  parseFieldText,
  parseInputs,
  parseNumberText,
  REQUESTS,
  REQUESTS_PRESET,
  TRAINING_PRESETS,
  trainingFields,
  trainingPresetState,
  valuesFromFigures,
} from '../../model/calculators'

type Values = Partial<Record<FieldName, number>>
/** One input's text through its own rule, as a calculator and a receiving window check it. */
const parseField = (field: FieldName, raw: string | undefined) => parseFieldText(field, FIELDS[field], raw)
/** Every listed input through its rule, all errors at once, as a calculator checks its fields. */
const parseFields = <F extends FieldName>(fields: readonly F[], raw: RawInputs) => parseInputs({ fields: FIELDS }, fields, raw)
/** A result as flat numbers: `{ chat2023: { dailyKwh } }` → `chat2023.dailyKwh` (the names of the outputs on screen). */
function flat(r: object, prefix = ''): Record<string, number> {
  return Object.assign({}, ...Object.entries(r).map(([k, v]) => (typeof v === 'object' ? flat(v as object, `${prefix}${k}.`) : { [`${prefix}${k}`]: v as number })))
}

/** Every preset of every calculator: the state it loads into the fields, and the model computation behind it. */
const PRESET_CASES: { id: string, preset: Preset, fields: readonly FieldName[], inputs: RawInputs, compute: (v: Values) => object }[] = [
  ...(Object.keys(TRAINING_PRESETS) as TrainingPresetId[]).map((id) => {
    const s = trainingPresetState(id)
    return { id, preset: TRAINING_PRESETS[id] as Preset, fields: trainingFields(s.timeBasis), inputs: s.inputs, compute: (v: Values) => computeTraining(s.timeBasis, v) }
  }),
  { id: 'inference', preset: INFERENCE_PRESET, fields: fieldNames(INFERENCE), inputs: initialState(INFERENCE).inputs, compute: computeInference },
  { id: 'requests', preset: REQUESTS_PRESET, fields: fieldNames(REQUESTS), inputs: initialState(REQUESTS).inputs, compute: computeRequests },
]

describe('each preset, loaded into its calculator\'s fields, reproduces its published figures', () => {
  for (const { id, preset, fields, inputs, compute } of PRESET_CASES) {
    it(id, () => {
      expect(preset.source in SOURCES).toBe(true)
      expect(Object.keys(preset.figures).sort(), 'every field of the calculator comes from a figure').toEqual([...fields].sort())
      const parsed = parseFields(fields, inputs)
      if (!parsed.ok)
        throw new Error(`${id}: ${JSON.stringify(parsed.errors)}`)
      // the field text parses back to the figures' values
      for (const [field, want] of Object.entries(valuesFromFigures(preset.figures)))
        expect(Math.abs(parsed.values[field as FieldName]! - want) / want, `${id}.${field}`).toBeLessThan(1e-9)
      const result = flat(compute(parsed.values))
      const expected = Object.entries(preset.expected) as [string, Expected][]
      expect(expected.length).toBeGreaterThan(0)
      for (const [out, { figure, tolerance }] of expected) {
        const want = FIGURES[figure].value
        expect(result[out], `${id}.${out}`).toBeDefined()
        expect(Math.abs(result[out]! - want) / want, `${id}.${out}`).toBeLessThanOrEqual(tolerance + 1e-12)
      }
    })
  }

  it('inputs named days read a figure in hours', () => {
    for (const { preset } of PRESET_CASES) {
      if (preset.figures.days)
        expect(FIGURES[preset.figures.days].unit).toBe('hours')
    }
  })

  it('the default state is the article\'s GPT-4 estimate (RISE): 25,000 GPUs, 8 per server, 6.5 kW, 100 days, PUE 1', () => {
    const s = defaultCalculatorsState().training
    expect(s.inputs).toMatchObject({ gpus: '25000', gpusPerServer: '8', serverPowerKw: '6.5', days: '100', pue: '1', utilization: '1' })
    const p = parseFields(trainingFields(s.timeBasis), s.inputs)
    expect(p.ok && computeTraining(s.timeBasis, p.values).energyKwh).toBe(FIGURES['gpt4.riseEnergy'].value)
  })
})

describe('de Vries\' comparison', () => {
  it('a year of his scenario is about Ireland\'s electricity: 29.2 TWh ÷ 29.3 TWh', () => {
    const p = parseFields(fieldNames(INFERENCE), initialState(INFERENCE).inputs)
    expect(p.ok && computeInference(p.values).irelands).toBeCloseTo(29.2 / 29.3, 2)
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
