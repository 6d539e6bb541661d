// The scenario's place in an address: the calculator parameters are replaced, nothing
// else in the address is touched; an address without them has no scenario.
import { describe, expect, it } from 'vitest'
import { defaultCalculatorsState } from '../../model/calculators'
import { scenarioOfQuery, withScenario } from '../../state/scenario'

describe('scenario in the address', () => {
  it('an address without calculator parameters has no scenario (nothing to push over the others)', () => {
    expect(scenarioOfQuery('?lang=zh&also=en&clicks=2')).toBeUndefined()
    expect(scenarioOfQuery('')).toBeUndefined()
  })

  it('a scenario replaces the old parameters and keeps the others, in place', () => {
    const state = defaultCalculatorsState()
    state.training.inputs = { ...state.training.inputs, gpus: '50000' }
    state.training.preset = 'custom'
    const url = withScenario(new URL('http://localhost:3030/7?lang=zh&train.pue=1.3&fleet.bogus=1&x=%3Cscript%3E#n'), state)
    expect(url.pathname).toBe('/7')
    expect(url.hash).toBe('#n')
    expect([...url.searchParams]).toEqual([['lang', 'zh'], ['x', '<script>'], ['train.gpus', '50000']])
  })

  it('the article\'s values clear every calculator parameter', () => {
    const url = withScenario(new URL('http://localhost/3?train.gpus=1&req.requestsPerDay=5&lang=en'), defaultCalculatorsState())
    expect(url.search).toBe('?lang=en')
  })

  it('what an address decodes to, encoded again, is the same address', () => {
    const decoded = scenarioOfQuery('?train.gpus=50000&train.pue=1.2&fleet.share=0.5')!
    expect(decoded.issues).toEqual([])
    expect(withScenario(new URL('http://h/1'), decoded.state).search).toBe('?train.gpus=50000&train.pue=1.2&fleet.share=0.5')
  })
})
