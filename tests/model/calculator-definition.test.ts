// A calculator is one definition: a fourth one, declared here as a fixture, gets its shared state,
// what a window accepts of it and its parameters in the address from the same code as the deck's
// three, with no edit anywhere else in model/.
import type { RawInputs } from '../../model/calculators'
import { describe, expect, it } from 'vitest'
import { CALCULATORS, defaultStates, defineCalculator, parseInputs, presetInputs } from '../../model/calculators'
import { acceptStates } from '../../model/calculators-validate'
import { scenarioCodec } from '../../model/scenario-params'

interface CoolingState { mode: 'air' | 'liquid' | 'custom', inputs: RawInputs }

/** A made-up calculator: servers × kW × overhead of the chosen cooling, with its own field and a choice. */
const COOLING = defineCalculator<CoolingState, { kw: number }, 'servers' | 'serverPowerKw' | 'overhead'>({
  prefix: 'cool',
  fields: {
    servers: { rule: { positive: true, integer: true, max: 1e6 }, unit: 'count' },
    serverPowerKw: { rule: { positive: true, max: 100 }, unit: 'kW', param: 'kw' },
    overhead: { rule: { atLeastOne: true, max: 3 }, unit: 'ratio' },
  },
  outputs: { kw: { unit: 'kW' } },
  fieldsIn: () => ['servers', 'serverPowerKw', 'overhead'],
  compute: v => ({ kw: v.servers! * v.serverPowerKw! * v.overhead! }),
  presets: {
    air: { source: 'devries2023', figures: { servers: 'devries.servers', serverPowerKw: 'devries.serverPower', overhead: 'devries.pue' }, expected: {} },
  },
  defaultPreset: 'air',
  presetState: () => ({ mode: 'air', inputs: presetInputs({ servers: 'devries.servers', serverPowerKw: 'devries.serverPower', overhead: 'devries.pue' }) }),
  reset: { labelKey: 'calc.reset' },
  choices: { mode: { param: 'mode', values: ['air', 'liquid'], unlisted: ['custom'], labelKey: 'calc.presetsLabel' } },
  onEdit: { mode: 'custom' },
})

const REGISTRY = { ...CALCULATORS, cooling: COOLING }
const codec = scenarioCodec(REGISTRY)

describe('a fourth calculator from its definition alone', () => {
  it('has a default state from its preset, beside the others', () => {
    const s = defaultStates(REGISTRY)
    expect(s.cooling).toEqual({ mode: 'air', inputs: { servers: '512821', serverPowerKw: '6.5', overhead: '1' } })
    expect(Object.keys(s)).toEqual(['training', 'inference', 'requests', 'cooling'])
    const parsed = parseInputs(COOLING, COOLING.fieldsIn(s.cooling), s.cooling.inputs)
    expect(parsed.ok && COOLING.compute(parsed.values, s.cooling).kw).toBeCloseTo(512_821 * 6.5)
  })

  it('is validated by its own rules when another window sends it', () => {
    const prev = defaultStates(REGISTRY)
    const next = acceptStates(REGISTRY, { cooling: { mode: 'liquid', inputs: { servers: '20', overhead: '0.5', colour: 'red' } } }, prev)
    expect(next.cooling).toEqual({ mode: 'liquid', inputs: { ...prev.cooling.inputs, servers: '20' } })
    expect(next.training).toBe(prev.training)
    expect(acceptStates(REGISTRY, { cooling: { mode: 'steam', inputs: { servers: '-1' } } }, prev)).toBe(prev)
  })

  it('travels in the address under its prefix and parameter names, and comes back', () => {
    const s = defaultStates(REGISTRY)
    s.cooling = { mode: 'liquid', inputs: { ...s.cooling.inputs, serverPowerKw: '10', servers: '2,000' } }
    const params = codec.encodeScenario(s)
    expect(params).toEqual([['cool.mode', 'liquid'], ['cool.servers', '2000'], ['cool.kw', '10']])
    expect(codec.isScenarioParam('cool.kw')).toBe(true)
    const back = codec.decodeScenario(params)
    expect(back.issues).toEqual([])
    expect(back.state.cooling).toEqual({ mode: 'liquid', inputs: { ...s.cooling.inputs, servers: '2000' } })
    expect(back.state.training).toEqual(s.training)
  })

  it('reports its bad parameters with its own reasons', () => {
    const d = codec.decodeScenario(new URLSearchParams('cool.overhead=9&cool.mode=steam&cool.kw=5'))
    expect(d.issues).toEqual([
      { calculator: 'cooling', field: 'mode', reason: 'unknown' },
      { calculator: 'cooling', field: 'overhead', reason: 'tooLarge' },
    ])
    expect(d.state.cooling.inputs.serverPowerKw).toBe('5')
  })
})
