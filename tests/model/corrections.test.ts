// The truth pass: each corrected figure reproduced from its primary source, and every derived figure
// carrying a formula that gives its value.
import type { FigureId } from '../../model'
import { describe, expect, it } from 'vitest'
import {
  computeTraining,
  emissionsKg,
  FIGURES,
  gpuTrainingRun,
  SOURCES,
  TRAINING_PRESETS,
  figureValue as v,
  valuesFromFigures,
} from '../../model'

function near(actual: number, expected: number, tolerance: number) {
  expect(Number.isFinite(actual)).toBe(true)
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * tolerance)
}

describe('bLOOM and GPT-3 on one basis (Luccioni et al. 2023, Table 4; Patterson et al. 2021)', () => {
  it('bLOOM with Jean Zay\'s PUE 1.2: 433,196 kWh × 1.2 ≈ 519,835 kWh, × 57 g/kWh ≈ 30 t', () => {
    near(v('bloom.energy') * v('bloom.jeanZayPue'), v('bloom.energyWithPue'), 1e-12)
    near(emissionsKg(v('bloom.energyWithPue'), v('bloom.gridIntensity')), v('bloom.co2WithPue'), 0.015)
    near(v('bloom.dynamicCo2') * v('bloom.jeanZayPue'), v('bloom.co2WithPue'), 0.015)
  })

  it('gPT-3 before PUE: 552 t ÷ 1.1 ≈ 502 t, and the same run computed with PUE 1 gives it', () => {
    near(v('gpt3.co2') / v('gpt3.pue'), v('gpt3.co2BeforePue'), 0.005)
    const r = gpuTrainingRun({ gpus: v('gpt3.gpus'), hours: v('gpt3.hours'), gpuPowerKw: v('gpt3.gpuPower'), gridIntensity: v('gpt3.gridIntensity') })
    near(r.emissionsKg, v('gpt3.co2BeforePue'), 0.01)
  })

  it('like with like, the gap is about twentyfold either way, not the 22× of the unlike pair', () => {
    const withPue = v('gpt3.co2') / v('bloom.co2WithPue')
    const beforePue = v('gpt3.co2BeforePue') / v('bloom.dynamicCo2')
    near(withPue, 18.4, 0.01)
    near(beforePue, 20.3, 0.01)
    near(v('gpt3.co2') / v('bloom.dynamicCo2'), 22.3, 0.01) // the old, unlike comparison
  })

  it('the BLOOM preset now runs with PUE 1.2 and reproduces ≈ 30 t', () => {
    const r = computeTraining('gpuHours', valuesFromFigures(TRAINING_PRESETS.bloom.figures))
    near(r.energyKwh, v('bloom.energyWithPue'), 1e-9)
    near(r.emissionsKg, v('bloom.co2WithPue'), 0.015)
  })
})

describe('llama 3: what the model card says, and a grid that is not solved backwards', () => {
  it('the 424 g/kWh is Meta\'s 1,900 t ÷ 4.48 GWh, i.e. solved from the result', () => {
    near(v('llama3.co2For70b') * 1000 / v('llama3.energy70b'), v('llama3.impliedGridIntensity'), 1e-9)
  })

  it('the preset uses an independent grid (US average, Ember) and shows the gap to Meta\'s 1,900 t', () => {
    const preset = TRAINING_PRESETS.llama3_70b
    expect(preset.figures.gridIntensity).toBe('grid.us2023')
    expect(Object.values(preset.figures)).not.toContain('llama3.impliedGridIntensity')
    const r = computeTraining('gpuHours', valuesFromFigures(TRAINING_PRESETS.llama3_70b.figures))
    near(r.energyKwh, v('llama3.energy70b'), 1e-9)
    near(r.emissionsKg, 4.48e6 * 369 / 1000, 1e-9)
    const gap = r.emissionsKg / v('llama3.co2For70b') - 1
    expect(gap).toBeLessThan(-0.1) // ≈ -13%: Meta's own (unpublished) intensity is higher
    expect(gap).toBeGreaterThan(-0.2)
  })

  it('the power column is "adjusted for power usage efficiency": PUE input 1 because the power already includes it', () => {
    expect(TRAINING_PRESETS.llama3_70b.powerIncludesPue).toBe(true)
    expect(FIGURES['llama3.gpuPower'].note).toMatch(/adjusted for power usage efficiency/)
    expect(FIGURES['llama3.pue'].note).not.toMatch(/GPU power only/)
  })
})

describe('energy per request', () => {
  it('chatGPT 2023 is "at most" 2.9 Wh (de Vries), servers at full power with no PUE', () => {
    near(v('chatgpt.dailyEnergy') / v('chatgpt.dailyRequests') * 1000, 2.9, 0.005)
    expect(FIGURES['chatgpt.requestEnergy'].note).toMatch(/^At most/)
  })

  it('gPT-4o\'s 0.3 Wh is a tenfold drop that Epoch credits partly to a too pessimistic token count, and it includes PUE 1.2', () => {
    near(v('chatgpt.requestEnergy') / v('gpt4o.requestEnergy'), 9.67, 0.01)
    expect(FIGURES['gpt4o.requestEnergy'].note).toMatch(/token count/)
    expect(v('gpt4o.pue')).toBe(1.2)
  })
})

describe('google\'s AI electricity (de Vries 2023)', () => {
  it('de Vries gives 18.3 TWh and 10–15%; the 1.8–2.7 TWh range and its 2.3 TWh midpoint are arithmetic, labelled as the talk\'s own', () => {
    expect(FIGURES['google.electricity2021'].source).toBe('devries2023')
    expect(FIGURES['google.aiShareLow'].source).toBe('devries2023')
    expect(FIGURES['google.aiShareHigh'].source).toBe('devries2023')
    for (const id of ['google.aiEnergyLow', 'google.aiEnergyHigh'] as const) {
      expect(FIGURES[id].source).toBe('derived')
      expect((FIGURES[id] as { formula?: string }).formula).toMatch(/google\.aiShare\w+ × google\.electricity2021/)
    }
    near(v('article.googleAiShareLow') * v('google.electricity2021'), v('google.aiEnergyLow'), 0.02)
    near(v('article.googleAiShareHigh') * v('google.electricity2021'), v('google.aiEnergyHigh'), 0.02)
    near((v('google.aiEnergyLow') + v('google.aiEnergyHigh')) / 2, v('article.googleAiEnergy'), 0.03)
    expect(Object.keys(FIGURES).filter(id => id.startsWith('google.') && FIGURES[id as FigureId].unit === 'kWh' && FIGURES[id as FigureId].source === 'devries2023')).toEqual(['google.electricity2021'])
  })
})

describe('strubell\'s 284 t is the correct conversion of an estimate (Patterson et al. 2021: about 3.2 t as run)', () => {
  it('626,155 lb = 284 t, and the search as actually run emitted about 3.2 t, roughly 88 times less', () => {
    near(v('nas.co2Lb') * 0.45359237, v('nas.co2'), 0.001)
    expect(FIGURES['nas.actualCo2']).toMatchObject({ value: 3_200, source: 'patterson2021' })
    near(v('nas.co2') / v('nas.actualCo2'), v('nas.estimateOverActual'), 0.01)
    expect(FIGURES['nas.co2'].note).toMatch(/estimate, not a measured figure/)
    expect(FIGURES['article.nasTons'].note).not.toMatch(/real value/)
  })
})

describe('gPT-4\'s inputs, by who gave them', () => {
  it('the cost is Sam Altman\'s (Wired, April 2023); the GPUs, days and tokens the July 2023 leak\'s; 1.7 T RISE\'s', () => {
    expect(FIGURES['gpt4.altmanCost']).toMatchObject({ value: 100e6, source: 'wired2023' })
    expect(SOURCES.wired2023.venue).toMatch(/2023-04/)
    for (const id of ['gpt4.leakGpus', 'gpt4.leakHoursHigh', 'gpt4.leakTokens', 'gpt4.leakParameters'] as const) expect(FIGURES[id].source).toBe('semianalysis2023')
    expect(v('gpt4.leakGpus')).toBe(v('gpt4.riseGpus'))
    expect(v('gpt4.leakHoursHigh')).toBe(v('gpt4.riseHours'))
    expect(v('gpt4.riseParameters')).toBeLessThan(v('gpt4.leakParameters'))
  })
})

describe('labels that match their values', () => {
  it('uS household: EIA\'s 10,791 kWh is the 2022 value (10,715 kWh was 2020)', () => {
    expect(FIGURES['household.us']).toMatchObject({ value: 10_791, year: 2022, source: 'eia' })
  })

  it('china\'s 494 million households are the 2020 census count, cited to the census', () => {
    expect(FIGURES['household.chinaHouseholds']).toMatchObject({ value: 494_160_000, year: 2020, source: 'chinaCensus2020' })
    expect(SOURCES.chinaCensus2020.authors[0]).toMatch(/Statistics/)
    near(v('household.chinaResidential') / v('household.chinaHouseholds'), v('household.china'), 0.015)
  })

  it('carbontracker\'s PUE says which version: 1.58 is the PUE_2023 constant of current releases', () => {
    expect(FIGURES['tools.carbontrackerPue']).toMatchObject({ value: 1.58, year: 2023 })
    expect(FIGURES['tools.carbontrackerPue'].note).toMatch(/PUE_2023.*earlier releases used 1\.67/)
  })

  it('gPT-3\'s 330 W is a measured system average per accelerator, not a TDP', () => {
    expect(FIGURES['gpt3.gpuPower'].note).toMatch(/not a TDP/)
  })

  it('iEA figures are estimates and projections; 2022 and the 2026 range include crypto', () => {
    for (const id of ['dataCentres.world2022', 'dataCentres.world2024'] as const) expect(FIGURES[id].note).toMatch(/estimate \(not a measurement\)/)
    for (const id of ['dataCentres.world2026Low', 'dataCentres.world2026High', 'dataCentres.world2030'] as const) expect(FIGURES[id].note).toMatch(/projection/)
  })
})

describe('derived figures: the talk\'s own arithmetic, with its formula', () => {
  const derived = (Object.keys(FIGURES) as FigureId[]).filter(id => FIGURES[id].source === 'derived')

  it('the source cites the talk\'s model, not a file outside the deck', () => {
    const s = SOURCES.derived
    expect(`${s.short} ${s.title} ${s.venue}`).not.toMatch(/FACTS/i)
    expect(s.title).toMatch(/model/)
    for (const src of Object.values(SOURCES)) expect(JSON.stringify(src), src.id).not.toMatch(/FACTS\.md/)
  })

  it('every derived figure has a formula (or says it is an assumption or a convention)', () => {
    expect(derived.length).toBeGreaterThan(10)
    for (const id of derived) expect((FIGURES[id] as { formula?: string }).formula, id).toBeTruthy()
  })

  it('every formula gives the figure\'s value (±2%, the figures are rounded)', () => {
    for (const id of derived) {
      const f = (FIGURES[id] as { formula?: string }).formula!
      if (f === 'assumption' || f === 'convention')
        continue
      const expr = f.replace(/[a-z]\w*\.[a-z]\w*/gi, (ref) => {
        expect(ref in FIGURES, `${id}: ${ref}`).toBe(true)
        return `(${FIGURES[ref as FigureId].value})`
      }).replace(/×/g, '*').replace(/÷/g, '/')
      expect(expr, id).toMatch(/^[\d\s.()*/+e-]+$/)
      // eslint-disable-next-line no-new-func
      const value = new Function(`return ${expr}`)() as number
      near(value, FIGURES[id].value, 0.02)
    }
  })
})
