// Mount a deck component outside Slidev: the real i18next instance and locales, a reactive
// calculators state, and a stand-in for Slidev's navigation (source marks use it).
// Test files mock '@slidev/client/composables/useNav.ts' with `fakeNav` and 'components/calc/state' with `calcState`.
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import I18NextVue from 'i18next-vue'
import { reactive } from 'vue'
import { createBundledI18n } from '../../i18n/bundled'
import { defaultCalculatorsState } from '../../model/calculators'

export const calcState = reactive(defaultCalculatorsState())

/** Slidev's navigation, as much of it as the components use (vi.mock this in each test file). */
export const fakeNav = () => ({ isPrintMode: { value: false }, slides: { value: [] }, go: () => {} })

export function resetCalcState(): void {
  Object.assign(calcState, defaultCalculatorsState())
}

export function mountWithLang(component: Component, lang: string, props?: Record<string, unknown>) {
  const i18next = createBundledI18n(lang)
  const wrapper = mount(component, { props, global: { plugins: [[I18NextVue, { i18next }]] }, attachTo: document.body })
  return { wrapper, i18next }
}
