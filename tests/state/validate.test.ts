// What a window accepts of the shared deck state, whoever sent it.
import type { DeckState } from '../../state/deck'
import { describe, expect, it } from 'vitest'
import { defaultCalculatorsState, trainingPresetState } from '../../model/calculators'
import { acceptCalculators, MAX_FIELD_TEXT } from '../../model/calculators-validate'
import { acceptAlso, acceptDeckState, DECK_STATE_RULES, deckMessageProblem, loadCalculatorRules, MAX_DECK_MESSAGE_CHARS, onCalculatorRules, OWN_VIEW_KEYS, pruneDeckMessage } from '../../state/validate'

const start = (): DeckState => ({ lang: 'en', also: '', calc: defaultCalculatorsState(), join: false })

// First in this file: the calculators' rules are loaded by the first calculator input that arrives.
describe('calculator inputs come in through their rules, loaded when first needed', () => {
  it('takes no calculator input before its rules are in, fetches them, then takes valid inputs only', async () => {
    const empty: DeckState = { lang: 'en', also: '', calc: {}, join: false }
    let told = 0
    onCalculatorRules(() => told++)
    const early = acceptDeckState({ calc: { training: { inputs: { pue: '1.2' } } } }, empty)
    expect(early).toBe(empty) // nothing taken yet
    await loadCalculatorRules() // the same load the message above started
    expect(told).toBe(1)
    const later = acceptDeckState({ calc: { training: { inputs: { pue: '1.2', gpus: '-5' } } } }, empty)
    expect(later.calc.training?.inputs.pue).toBe('1.2')
    expect(later.calc.training?.inputs.gpus).toBe(defaultCalculatorsState().training.inputs.gpus)
    expect(later.calc.inference).toEqual(defaultCalculatorsState().inference) // the others at the article's values
  })
})

describe('acceptDeckState', () => {
  it('takes a known language and ignores an unknown one, a non-string or markup', () => {
    const s = start()
    expect(acceptDeckState({ lang: 'zh' }, s).lang).toBe('zh')
    for (const bad of ['xx', 'ZH ', '', '<script>alert(1)</script>', 42, null, ['zh'], { zh: 1 }])
      expect(acceptDeckState({ lang: bad }, s)).toBe(s)
  })

  it('drops unknown keys and keeps the previous object when nothing changed', () => {
    const s = start()
    const next = acceptDeckState({ lang: 'en', junk: '<b>x</b>', bilingual: 'zh' }, s)
    expect(next).toBe(s)
    expect(Object.keys(acceptDeckState({ lang: 'zh', junk: 1 }, s))).toEqual(['lang', 'also', 'calc', 'join'])
  })

  it('ignores anything that is not an object', () => {
    const s = start()
    for (const bad of [null, undefined, 'zh', 42, [], [{ lang: 'zh' }]])
      expect(acceptDeckState(bad, s)).toBe(s)
  })

  it('has one rule per key of the state; a viewer may set only its language and bilingual view for itself', () => {
    expect(Object.keys(DECK_STATE_RULES).sort()).toEqual(Object.keys(start()).sort())
    expect(OWN_VIEW_KEYS).toEqual(['lang', 'also'])
  })

  it('bilingual view: takes a known second language or none, ignores anything else', () => {
    const s = start()
    const on = acceptDeckState({ also: 'zh' }, s)
    expect(on.also).toBe('zh')
    expect(acceptDeckState({ also: '' }, on).also).toBe('')
    for (const bad of ['xx', 'EN', ' zh', '<img src=x>', 0, null, true, ['en'], { en: 1 }]) {
      expect(acceptDeckState({ also: bad }, on)).toBe(on)
      expect(acceptAlso(bad)).toBeUndefined()
    }
    // language and second language in one message: each through its own rule
    expect(acceptDeckState({ lang: 'zh', also: 'en' }, s)).toMatchObject({ lang: 'zh', also: 'en' })
    expect(acceptDeckState({ lang: 'zh', also: 'fr' }, s)).toMatchObject({ lang: 'zh', also: '' })
  })
})

describe('acceptCalculators: values go through the model\'s rules', () => {
  it('a valid field replaces the previous text, a rejected one keeps it', () => {
    const s = defaultCalculatorsState()
    const next = acceptCalculators({ training: { ...s.training, inputs: { ...s.training.inputs, pue: '1.2', days: 'NaN', gpus: '-5' } } }, s)
    expect(next.training.inputs.pue).toBe('1.2')
    expect(next.training.inputs.days).toBe(s.training.inputs.days)
    expect(next.training.inputs.gpus).toBe(s.training.inputs.gpus)
    expect(next.inference).toBe(s.inference)
  })

  it.each([
    ['NaN'],
    ['Infinity'],
    ['<script>alert(1)</script>'],
    ['1e400'],
    [''],
    ['0.5'], // PUE below 1: the model's own rule
    [`1${'0'.repeat(MAX_FIELD_TEXT)}`],
  ])('pUE %j never reaches the screen', (text) => {
    const s = defaultCalculatorsState()
    expect(acceptCalculators({ training: { inputs: { pue: text } } }, s)).toBe(s)
  })

  it('accepts what a person types: grouping and full-width digits, as the calculator does', () => {
    const s = defaultCalculatorsState()
    for (const text of ['25,000', '２５０００'])
      expect(acceptCalculators({ training: { inputs: { gpus: text } } }, s).training.inputs.gpus).toBe(text)
  })

  it('non-strings, unknown fields, unknown presets and time bases are dropped', () => {
    const s = defaultCalculatorsState()
    const next = acceptCalculators({
      training: { preset: '<b>x</b>', timeBasis: 'hours', inputs: { pue: 1.2, utilization: null, evil: '1', serverPowerKw: ['5'] } },
      inference: { inputs: ['<img src=x onerror=alert(1)>'] },
      requests: 'NaN',
      junk: {},
    }, s)
    expect(next).toBe(s)
  })

  it('a preset sent by the presenter is taken; a field it does not have keeps its text', () => {
    const s = defaultCalculatorsState()
    const bloom = trainingPresetState('bloom')
    const next = acceptCalculators({ ...s, training: bloom }, s).training
    expect(next).toMatchObject(bloom)
    expect(next.inputs.gpus).toBe(s.training.inputs.gpus)
  })
})

describe('messages: refused when malformed or oversized', () => {
  it('deckMessageProblem names what is wrong, and passes a presenter\'s typing', () => {
    expect(deckMessageProblem({ lang: 'zh' })).toBeUndefined()
    expect(deckMessageProblem({ calc: { training: { inputs: { pue: '1.' } } } })).toBeUndefined()
    expect(deckMessageProblem({ junk: 1 })).toMatch(/unknown key/)
    expect(deckMessageProblem({ lang: 42 })).toMatch(/wrong type/)
    expect(deckMessageProblem(JSON.parse('{"__proto__":{"polluted":1}}'))).toMatch(/forbidden/)
    expect(deckMessageProblem({ calc: { a: { b: { c: { d: { e: { f: 1 } } } } } } })).toMatch(/too deep/)
    expect(deckMessageProblem({ calc: { junk: Array.from({ length: MAX_DECK_MESSAGE_CHARS }).fill(1) } })).toBe('oversized')
    expect(deckMessageProblem([1])).toBe('not an object')
  })

  it('pruneDeckMessage cleans a patch in place before it is merged', () => {
    const patch: Record<string, unknown> = { lang: 'zh', junk: [1, 2], calc: 'x' }
    expect(pruneDeckMessage(patch)).toBeDefined()
    expect(patch).toEqual({ lang: 'zh' })

    const huge: Record<string, unknown> = { lang: 'zh', junk: Array.from({ length: 100_000 }, (_, i) => i) }
    expect(pruneDeckMessage(huge)).toBe('oversized')
    expect(huge).toEqual({})

    const proto = JSON.parse('{"lang":"zh","calc":{"__proto__":{"polluted":1}}}') as Record<string, unknown>
    pruneDeckMessage(proto)
    expect(Object.keys(proto)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a whole state keeps the previous value of what was removed', () => {
    const s = start()
    const data: Record<string, unknown> = { lang: 42, calc: '<script>', extra: 1 }
    pruneDeckMessage(data, s)
    expect(data).toEqual({ lang: 'en', also: '', calc: s.calc, join: false })
  })

  it('a well-formed message is left as it is', () => {
    const patch = { lang: 'zh' }
    expect(pruneDeckMessage(patch)).toBeUndefined()
    expect(patch).toEqual({ lang: 'zh' })
  })
})
