import type { CalculatorsState, FieldName } from '../../model/calculators'
import type { CalculatorName } from '../../model/scenario-params'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  defaultCalculatorsState,
  FIELDS,
  parseFieldText,
  CALCULATORS as REGISTRY,
  toFieldText,
  TRAINING_PRESETS,
  trainingFields,
  trainingPresetState,
} from '../../model/calculators'
import { decodeScenario, encodeScenario, isScenarioParam } from '../../model/scenario-params'

const CALCULATORS = Object.keys(REGISTRY) as CalculatorName[]
/** The fields each calculator takes from the address: every field of its definition. */
const SCENARIO_FIELDS = (c: CalculatorName): readonly FieldName[] => Object.keys(REGISTRY[c].fields) as FieldName[]
const parseField = (field: FieldName, raw: string | undefined) => parseFieldText(field, FIELDS[field], raw)

/** The fields a calculator shows in this state (the training calculator shows one time basis). */
function shownFields(state: CalculatorsState, c: CalculatorName): readonly FieldName[] {
  return c === 'training' ? trainingFields(state.training.timeBasis) : SCENARIO_FIELDS(c)
}

function roundTrip(state: CalculatorsState): CalculatorsState {
  return decodeScenario(encodeScenario(state)).state
}

/** A valid value for a field, different from `avoid`, from its own rule. */
function validValue(field: FieldName, avoid: string | undefined): number {
  const rule: { integer?: boolean, atMostOne?: boolean, atLeastOne?: boolean, max?: number } = FIELDS[field].rule
  const candidates = rule.atMostOne ? [0.5, 0.25] : rule.atLeastOne && rule.max !== undefined && rule.max < 10 ? [1.3, 1.7] : [7, 12]
  return candidates.find(v => toFieldText(v) !== avoid)!
}

describe('scenario in the address: encoding', () => {
  it('the article\'s values give no parameter, and no parameter gives the article\'s values', () => {
    expect(encodeScenario(defaultCalculatorsState())).toEqual([])
    const d = decodeScenario([['lang', 'zh'], ['also', 'en']])
    expect(d.state).toEqual(defaultCalculatorsState())
    expect(d.present).toBe(false)
    expect(d.issues).toEqual([])
  })

  it('writes only what changed, with readable names and plain digits', () => {
    const s = defaultCalculatorsState()
    s.training = { ...s.training, preset: 'custom', inputs: { ...s.training.inputs, gpus: '50,000', pue: '1.2' } }
    s.requests = { inputs: { requestsPerDay: '1e9' } }
    expect(encodeScenario(s)).toEqual([['train.gpus', '50000'], ['train.pue', '1.2'], ['req.requestsPerDay', '1000000000']])
  })

  it('a published run travels as its preset name alone', () => {
    for (const id of Object.keys(TRAINING_PRESETS) as (keyof typeof TRAINING_PRESETS)[]) {
      const s = { ...defaultCalculatorsState(), training: trainingPresetState(id) }
      const params = encodeScenario(s)
      expect(params, id).toEqual(id === 'gpt4Rise' ? [] : [['train.preset', id]])
      expect(roundTrip(s).training, id).toEqual(s.training)
    }
  })

  it('an input being typed (invalid) stays out of the address', () => {
    const s = defaultCalculatorsState()
    s.training.inputs = { ...s.training.inputs, gpus: '50k', days: '-3' }
    expect(encodeScenario(s)).toEqual([])
  })
})

describe('scenario in the address: round trip', () => {
  for (const c of CALCULATORS) {
    for (const field of SCENARIO_FIELDS(c)) {
      it(`${REGISTRY[c].prefix}.${field}`, () => {
        const s = defaultCalculatorsState()
        if (c === 'training' && !(trainingFields('days') as readonly string[]).includes(field))
          s.training.timeBasis = 'gpuHours'
        const text = toFieldText(validValue(field, s[c].inputs[field]))
        s[c].inputs = { ...s[c].inputs, [field]: text }
        if (c === 'training')
          s.training.preset = 'custom'
        const back = roundTrip(s)
        expect(back[c].inputs[field]).toBe(text)
        expect(back.training.timeBasis).toBe(s.training.timeBasis)
      })
    }
  }

  it('any valid inputs come back as the same numbers (property)', () => {
    const fieldValue = (field: FieldName) => {
      const rule: { integer?: boolean, atMostOne?: boolean, atLeastOne?: boolean, positive?: boolean, max?: number } = FIELDS[field].rule
      const max = rule.atMostOne ? 1 : rule.max ?? 1e12
      const min = rule.atLeastOne ? 1 : rule.positive ? (rule.integer ? 1 : 1e-6) : 0
      const n = rule.integer
        ? fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
      // as typed: the field's text must itself be valid (12 significant digits can round past a limit)
      return n.filter(v => 'value' in parseField(field, toFieldText(v)))
    }
    const calcArb = (c: CalculatorName) => fc.record(Object.fromEntries(SCENARIO_FIELDS(c).map(f => [f, fieldValue(f)])) as Record<string, fc.Arbitrary<number>>)
    fc.assert(fc.property(
      calcArb('training'),
      calcArb('inference'),
      calcArb('requests'),
      fc.constantFrom('days' as const, 'gpuHours' as const),
      (tr, inf, req, basis) => {
        const text = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toFieldText(v)]))
        const s: CalculatorsState = {
          training: { preset: 'custom', timeBasis: basis, inputs: text(tr) },
          inference: { inputs: text(inf) },
          requests: { inputs: text(req) },
        }
        const decoded = decodeScenario(encodeScenario(s))
        expect(decoded.issues).toEqual([])
        for (const c of CALCULATORS) {
          for (const f of shownFields(s, c)) {
            const want = parseField(f, s[c].inputs[f])
            const got = parseField(f, decoded.state[c].inputs[f])
            expect(got, `${c}.${f}`).toEqual(want)
          }
        }
      },
    ), { numRuns: 300 })
  })
})

describe('scenario in the address: bad and hostile parameters', () => {
  it('drops each bad value with the reason typed input would get, and keeps the good ones', () => {
    const d = decodeScenario(new URLSearchParams(
      'train.gpus=abc&train.days=-5&train.pue=1e400&train.utilization=3&fleet.gpus=<script>alert(1)</script>'
      + '&fleet.share=0.5&req.requestsPerDay=1e99&train.preset=nope&train.basis=weeks&train.colour=red&x.gpus=1&gpus=2',
    ))
    expect(d.present).toBe(true)
    expect(d.issues).toEqual(expect.arrayContaining([
      { calculator: 'training', field: 'gpus', reason: 'notANumber' },
      { calculator: 'training', field: 'days', reason: 'negative' },
      { calculator: 'training', field: 'pue', reason: 'notFinite' },
      { calculator: 'training', field: 'utilization', reason: 'aboveOne' },
      { calculator: 'inference', field: 'gpus', reason: 'notANumber' },
      { calculator: 'requests', field: 'requestsPerDay', reason: 'tooLarge' },
      { calculator: 'training', field: 'preset', reason: 'unknown' },
      { calculator: 'training', field: 'basis', reason: 'unknown' },
    ]))
    expect(d.issues).toHaveLength(8)
    const def = defaultCalculatorsState()
    expect(d.state.training.inputs).toEqual(def.training.inputs)
    expect(d.state.inference.inputs).toEqual({ ...def.inference.inputs, share: '0.5' })
    expect(d.state.requests).toEqual(def.requests)
  })

  it('a very long value is refused without being parsed', () => {
    const d = decodeScenario([['train.gpus', '1'.repeat(5000)]])
    expect(d.issues).toEqual([{ calculator: 'training', field: 'gpus', reason: 'notANumber' }])
  })

  it('knows its own parameters from the rest of the address', () => {
    expect(isScenarioParam('train.gpus')).toBe(true)
    expect(isScenarioParam('fleet.pue')).toBe(true)
    expect(isScenarioParam('lang')).toBe(false)
    expect(isScenarioParam('trainer')).toBe(false)
  })
})
