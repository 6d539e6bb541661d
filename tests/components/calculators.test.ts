// @vitest-environment happy-dom
import type { VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import InferenceCalculator from '../../components/InferenceCalculator.vue'
import RequestsComparison from '../../components/RequestsComparison.vue'
import TrainingCalculator from '../../components/TrainingCalculator.vue'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import { FIGURES } from '../../model'
import { TRAINING_PRESETS } from '../../model/calculators'
import { mountWithLang, resetCalcState } from './mount'

const value = (w: VueWrapper, q: string) => Number(w.get(`[data-output="${q}"]`).attributes('data-value'))
const within = (got: number, want: number, tol: number) => Math.abs(got - want) / want <= tol + 1e-12

async function type(w: VueWrapper, name: string, text: string): Promise<void> {
  await w.get(`input[name="${name}"]`).setValue(text)
  await nextTick()
}

vi.mock('@slidev/client/composables/useNav.ts', async () => ({ useNav: (await import('./mount')).fakeNav }))
vi.mock('../../components/calc/state', async () => {
  const { calcState } = await import('./mount')
  return { useCalcState: () => ({ get: () => calcState, set: (k: keyof typeof calcState, v: never) => {
    calcState[k] = v
  } }) }
})

let wrapper: VueWrapper | undefined
beforeEach(() => resetCalcState())
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

describe('training calculator', () => {
  it('starts at the article\'s GPT-4 estimate, 48.75 GWh', () => {
    wrapper = mountWithLang(TrainingCalculator, 'en').wrapper
    expect(value(wrapper, 'energyKwh')).toBe(FIGURES['gpt4.riseEnergy'].value)
    expect(wrapper.get('[data-output="energyKwh"]').text()).toBe('48.75 GWh')
  })

  for (const [id, preset] of Object.entries(TRAINING_PRESETS)) {
    it(`preset ${id} reproduces its published figures`, async () => {
      wrapper = mountWithLang(TrainingCalculator, 'en').wrapper
      await wrapper.get(`[data-preset="${id}"]`).trigger('click')
      for (const [out, exp] of Object.entries(preset.expected) as [string, { figure: keyof typeof FIGURES, tolerance: number }][])
        expect(within(value(wrapper, out), FIGURES[exp.figure].value, exp.tolerance), `${id} ${out}`).toBe(true)
      expect(wrapper.get(`[data-preset="${id}"]`).attributes('aria-pressed')).toBe('true')
    })
  }

  it('reset restores the article\'s values after edits', async () => {
    wrapper = mountWithLang(TrainingCalculator, 'en').wrapper
    await type(wrapper, 'pue', '1.5')
    expect(value(wrapper, 'energyKwh')).toBeCloseTo(FIGURES['gpt4.riseEnergy'].value * 1.5)
    await wrapper.get('[data-preset="reset"]').trigger('click')
    expect(value(wrapper, 'energyKwh')).toBe(FIGURES['gpt4.riseEnergy'].value)
  })

  it('a grid button changes the emissions, not the energy', async () => {
    wrapper = mountWithLang(TrainingCalculator, 'en').wrapper
    await wrapper.get('[data-grid="grid.france2023"]').trigger('click')
    expect(value(wrapper, 'emissionsKg')).toBeCloseTo(FIGURES['gpt4.riseEnergy'].value * FIGURES['grid.france2023'].value / 1000)
    expect(value(wrapper, 'energyKwh')).toBe(FIGURES['gpt4.riseEnergy'].value)
  })

  const bad = [
    ['gpus', '', 'missing'],
    ['gpus', '-5', 'negative'],
    ['gpus', 'NaN', 'notANumber'],
    ['days', 'abc', 'notANumber'],
    ['gpus', '1e308', 'tooLarge'],
    ['pue', '0.5', 'belowOne'],
    ['utilization', '3', 'aboveOne'],
  ] as const
  for (const lang of ['en', 'zh'] as const) {
    const locale = lang === 'en' ? en : zh
    for (const [field, raw, reason] of bad) {
      it(`${field} = ${JSON.stringify(raw)} shows "${reason}" in ${lang} and keeps the last good result`, async () => {
        wrapper = mountWithLang(TrainingCalculator, lang).wrapper
        const before = value(wrapper, 'energyKwh')
        await type(wrapper, field, raw)
        const msg = wrapper.get(`input[name="${field}"]`).element.closest('.calc-field')!.querySelector('.calc-msg')!
        expect(msg.getAttribute('data-error')).toBe(reason)
        const expected = locale.calc.errors[reason].split('{{')[0]!
        expect(msg.textContent).toContain(expected)
        expect(value(wrapper, 'energyKwh')).toBe(before)
        expect(wrapper.get('[data-output="energyKwh"]').attributes('data-stale')).toBe('true')
        expect(wrapper.text()).toContain(locale.calc.stale)
        expect(wrapper.text()).not.toMatch(/NaN|Infinity|undefined/)
      })
    }
  }

  it('switching language keeps the inputs and re-formats the outputs', async () => {
    const { wrapper: w, i18next } = mountWithLang(TrainingCalculator, 'en')
    wrapper = w
    await type(w, 'days', '90')
    expect(w.get('[data-output="energyKwh"]').text()).toBe('43.88 GWh')
    await i18next.changeLanguage('zh')
    await nextTick()
    expect((w.get('input[name="days"]').element as HTMLInputElement).value).toBe('90')
    expect(w.get('[data-output="energyKwh"]').text()).toBe('4388万千瓦时')
    expect(w.text()).toContain(zh.calc.out.householdsChina)
  })
})

describe('inference fleet and requests', () => {
  it('de Vries: 80 GWh a day, 29.2 TWh a year; share 0.5 halves it', async () => {
    wrapper = mountWithLang(InferenceCalculator, 'zh').wrapper
    expect(wrapper.get('[data-output="dailyKwh"]').text()).toBe('8000万千瓦时')
    expect(wrapper.get('[data-output="yearlyKwh"]').text()).toBe('292亿千瓦时')
    const year = value(wrapper, 'yearlyKwh')
    await type(wrapper, 'share', '0.5')
    expect(value(wrapper, 'yearlyKwh')).toBeCloseTo(year / 2)
    await type(wrapper, 'hoursPerDay', '25')
    expect(wrapper.get('input[name="hoursPerDay"]').element.closest('.calc-field')!.querySelector('.calc-msg')!.getAttribute('data-error')).toBe('tooLarge')
    expect(value(wrapper, 'yearlyKwh')).toBeCloseTo(year / 2)
  })

  it('requests: ChatGPT 2023 at 195 M a day ≈ de Vries\' 564 MWh', async () => {
    wrapper = mountWithLang(RequestsComparison, 'en').wrapper
    expect(Math.abs(value(wrapper, 'chat2023.dailyKwh') / FIGURES['chatgpt.dailyEnergy'].value - 1)).toBeLessThan(0.005)
    await type(wrapper, 'requestsPerDay', 'many')
    expect(wrapper.text()).toContain(en.calc.errors.notANumber)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity|undefined/)
  })
})
