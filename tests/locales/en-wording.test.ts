// English wording that overstated: a survey reports, the formula's grid factor is for carbon only, attention
// lets a Transformer use hardware (it does not need it), a multiplier's base goes unsaid.
import { describe, expect, it } from 'vitest'
import { renderedStrings } from './rendered'

const all = renderedStrings('en')
const en = new Map(all)

describe('en wording', () => {
  it('operators report (a survey), they do not measure', () => {
    expect(en.get('slides.forecasts.measured')).toBe('What operators report')
    expect(all.filter(([, v]) => /operators (?:actually )?measure/.test(v)).map(([k]) => k)).toEqual([])
  })

  it('the formula with the grid is the carbon figure\'s; an energy figure stops before the grid', () => {
    expect(en.get('slides.closing.points.inputs')).toMatch(/^Every headline carbon figure is GPUs × power × hours × PUE × grid intensity \(an energy figure stops before the grid\)/)
  })

  it('attention is why a Transformer can use so much hardware, not why it needs it', () => {
    expect(en.get('slides.transformer.parallel')).toContain('That is why it can use so much hardware.')
    expect(all.filter(([, v]) => /needs so much hardware|need so much hardware/.test(v)).map(([k]) => k)).toEqual([])
  })

  it('headline multipliers: times what, they never say', () => {
    expect(en.get('slides.forecasts.notes')).toContain('times what, they never say')
    expect(all.filter(([, v]) => /never say times what/.test(v)).map(([k]) => k)).toEqual([])
  })

  it('parameters: both numbers are parameter counts; the reason is a mixture of experts', () => {
    expect(en.get('slides.parameters.ratio')).not.toMatch(/measure different things/)
    expect(en.get('slides.parameters.ratio')).toContain('a mixture of experts uses only a fraction of its parameters for each token')
  })

  it('the requests takeaway agrees with Epoch: estimates fell partly because older ones were too high', () => {
    expect(en.get('slides.requestEnergy.takeaway')).not.toMatch(/getting cheaper/)
    expect(en.get('slides.requestEnergy.takeaway')).toMatch(/partly because older ones were too high; the total depends on how many requests/)
  })
})
