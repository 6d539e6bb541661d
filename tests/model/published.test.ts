import { describe, expect, it } from 'vitest'
import {
  deviceEnergyKwh,
  emissionsKg,

  gpuTrainingRun,
  inferenceFleet,
  serversFor,
  trainingRun,
  figureValue as v,
  whPerRequest,
} from '../../model'

/** Exact definition of the international avoirdupois pound (the model keeps Strubell's figure in pounds, as published). */
const KG_PER_POUND = 0.45359237
const t = (kg: number) => kg / 1000
const gwh = (kwh: number) => kwh / 1e6
const twh = (kwh: number) => kwh / 1e9

/** Expect `actual` within a relative `tolerance` of `expected`. */
function near(actual: number, expected: number, tolerance: number) {
  expect(Number.isFinite(actual)).toBe(true)
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * tolerance + 1e-9)
}

describe('published results (FACTS.md, last table)', () => {
  it('reproduces GPT-3: 10,000 GPUs × 0.330 kW × 355.2 h × PUE 1.10 ≈ 1,287–1,289 MWh and ≈ 552 t', () => {
    const r = gpuTrainingRun({
      gpus: v('gpt3.gpus'),
      hours: v('gpt3.hours'),
      gpuPowerKw: v('gpt3.gpuPower'),
      pue: v('gpt3.pue'),
      gridIntensity: v('gpt3.gridIntensity'),
    })
    near(r.energyKwh, 1_287_000, 0.01)
    near(r.energyKwh, 1_289_000, 0.01)
    near(r.energyKwh, v('gpt3.energy'), 0.01)
    near(r.emissionsKg, v('gpt3.co2'), 0.01)
    near(t(r.emissionsKg), 552, 0.01)
  })

  it('reproduces BLOOM: 1,082,990 GPU-h × 0.400 kW = 433,196 kWh; × 57 g/kWh = 24.7 t', () => {
    const r = gpuTrainingRun({ gpuHours: v('bloom.gpuHours'), gpuPowerKw: v('bloom.gpuPower'), gridIntensity: v('bloom.gridIntensity') })
    expect(r.energyKwh).toBeCloseTo(433_196, 6)
    near(t(r.emissionsKg), 24.7, 0.005)
    near(r.emissionsKg, v('bloom.dynamicCo2'), 0.005)
    // total = dynamic + idle + embodied
    near(v('bloom.dynamicCo2') + v('bloom.idleCo2') + v('bloom.embodiedCo2'), v('bloom.totalCo2'), 1e-9)
  })

  it('reproduces de Vries: 512,821 servers × 6.5 kW × 24 h = 80.0 GWh/day, 29.2 TWh/year (±0.5%)', () => {
    expect(serversFor(v('devries.gpus'), v('devries.gpusPerServer'))).toBe(v('devries.servers'))
    const r = inferenceFleet({ servers: v('devries.servers'), serverPowerKw: v('devries.serverPower'), hoursPerDay: 24, share: 1 })
    near(gwh(r.dailyKwh), 80.0, 0.005)
    near(twh(r.yearlyKwh), 29.2, 0.005)
    // de Vries' comparison: close to Ireland's 29.3 TWh
    near(r.yearlyKwh, v('devries.irelandElectricity'), 0.005)
  })

  it('reproduces GPT-4 (RISE): 25,000 GPUs, 8 per server, 6.5 kW, 100 days = 48.75 GWh (the article rounds to 50)', () => {
    const r = trainingRun({ gpus: 25_000, gpusPerServer: 8, serverPowerKw: 6.5, days: 100, gridIntensity: 0 })
    expect(r.servers).toBe(3_125)
    expect(r.hours).toBe(2_400)
    expect(gwh(r.energyKwh)).toBeCloseTo(48.75, 9)
    near(r.energyKwh, v('article.gpt4Gwh'), 0.03)
  })

  it('unit check: 626,155 lb = 284.0 t (the article’s "626,000 tons" is pounds read as tons)', () => {
    expect(t(v('nas.co2Lb') * KG_PER_POUND)).toBeCloseTo(284.0, 1)
    near(v('nas.co2Lb') * KG_PER_POUND, v('nas.co2'), 0.001)
    near(v('article.nasTons') / 1000, v('nas.co2Lb'), 0.001) // same digits, tons instead of pounds
  })
})

describe('derived checks in FACTS.md', () => {
  const rise = { gpus: v('gpt4.riseGpus'), gpusPerServer: v('gpt4.riseGpusPerServer'), serverPowerKw: v('gpt4.riseServerPower'), gridIntensity: 0 }

  it('over 90 days, GPT-4 takes 43.9 GWh', () => {
    const r = trainingRun({ ...rise, days: v('gpt4.leakHoursLow') / 24 })
    near(r.energyKwh, v('gpt4.energy90Days'), 0.001)
    near(gwh(r.energyKwh), 43.9, 0.001)
  })

  it('with PUE 1.2, GPT-4 takes 52.7–58.5 GWh', () => {
    const low = trainingRun({ ...rise, days: 90, pue: v('gpt4.whatIfPue') })
    const high = trainingRun({ ...rise, days: 100, pue: v('gpt4.whatIfPue') })
    near(low.energyKwh, v('gpt4.energyPueLow'), 0.001)
    near(high.energyKwh, v('gpt4.energyPueHigh'), 1e-9)
  })

  it('at 400 W per GPU, the GPUs of GPT-4 alone take 24 GWh', () => {
    const e = deviceEnergyKwh({ devices: v('gpt4.riseGpus'), powerKw: v('gpu.a100SxmPower'), hours: v('gpt4.riseHours') })
    near(e, v('gpt4.gpuOnlyEnergy'), 1e-9)
  })

  it('gives ChatGPT 3,617 servers × 6.5 kW × 24 h = 564 MWh/day; ÷ 195 M requests = 2.9 Wh', () => {
    const fleet = inferenceFleet({ servers: v('chatgpt.servers'), serverPowerKw: v('server.dgxA100Power'), hoursPerDay: 24, share: 1 })
    near(fleet.dailyKwh, v('chatgpt.dailyEnergy'), 0.001)
    near(whPerRequest(fleet.dailyKwh, v('chatgpt.dailyRequests')), 2.9, 0.005)
    near(whPerRequest(v('chatgpt.dailyEnergy'), v('chatgpt.dailyRequests')) / 1000, v('chatgpt.requestEnergy'), 0.005)
  })

  it('gives Llama 3: 7.7 M H100 GPU-hours × 0.7 kW = 5.39 GWh', () => {
    const r = gpuTrainingRun({ gpuHours: v('llama3.gpuHours'), gpuPowerKw: v('gpu.h100SxmPower'), gridIntensity: 0 })
    near(r.energyKwh, v('llama3.energy'), 1e-9)
  })

  it('puts Common Crawl at 410 B / 499 B tokens = 82% of GPT-3 raw tokens', () => {
    near(v('commonCrawl.gpt3Tokens') / v('gpt3.rawTokens'), v('commonCrawl.gpt3RawShare'), 0.005)
  })

  it('keeps of Common Crawl 570 GB / 45 TB ≈ 1.3% kept', () => {
    near(v('commonCrawl.gpt3FilteredBytes') / v('commonCrawl.gpt3RawBytes'), v('commonCrawl.gpt3KeptShare'), 0.03)
  })

  it('gives China 1.35e12 kWh ÷ 494 M households ≈ 2,700 kWh', () => {
    near(v('household.chinaResidential') / v('household.chinaHouseholds'), v('household.china'), 0.015)
  })

  it('de Vries on Google: 10–15% of 18.3 TWh = 1.8–2.7 TWh; 2.3 TWh is the midpoint', () => {
    near(v('google.electricity2021') * v('article.googleAiShareLow'), v('google.aiEnergyLow'), 0.02)
    near(v('google.electricity2021') * v('google.mlShareMax'), v('google.aiEnergyHigh'), 0.02)
    near((v('google.aiEnergyLow') + v('google.aiEnergyHigh')) / 2, v('article.googleAiEnergy'), 0.03)
  })

  it('counts the servers of RISE: 25,000 ÷ 8 = 3,125; four DGX H100 ≈ 41 kW per rack', () => {
    expect(serversFor(v('gpt4.riseGpus'), v('gpt4.riseGpusPerServer'))).toBe(v('gpt4.riseServers'))
    near(v('rack.dgxH100PerRack') * v('server.dgxH100Power'), v('rack.fourDgxH100Power'), 0.01)
  })

  it('emissions: GPT-3 energy at 0.429 kg/kWh', () => {
    near(emissionsKg(v('gpt3.energy'), v('gpt3.gridIntensity')), v('gpt3.co2'), 0.001)
  })
})

describe('derived figures used on the slides', () => {
  it('compares WuDao 2.0 with GPT-3: 1.75 T ÷ 175 B = 10×', () => {
    near(v('wudao.parameters') / v('gpt3.parameters'), v('wudao.gpt3Ratio'), 1e-9)
  })

  it('the article\'s 626,000 t ÷ Strubell\'s 284 t ≈ 2,204 (pounds per tonne)', () => {
    near(v('article.nasTons') / v('nas.co2'), v('nas.articleRatio'), 0.001)
    near(1000 / KG_PER_POUND, v('nas.articleRatio'), 0.001)
  })

  it('gives Llama 3.1: 39.3 M H100 GPU-hours × 0.7 kW = 27.51 GWh', () => {
    const r = gpuTrainingRun({ gpuHours: v('llama31.gpuHours'), gpuPowerKw: v('gpu.h100SxmPower'), gridIntensity: 0 })
    near(r.energyKwh, v('llama31.energy'), 1e-9)
  })
})
