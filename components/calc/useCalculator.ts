// One composable for every live calculator: the state they read and write (synced between windows),
// their fields, parsing and validation through model/, the computation through model/, and the last valid
// result kept (shown as stale) while an input is invalid. No arithmetic here.
// It returns a reactive object, so templates read `calc.shown?.energyKwh`, `calc.errors[f]`, `calc.stale`.
import type { AnyCalculator, CalculatorsState, FieldName, RawInputs } from '../../model/calculators'
import type { InputErrorReason } from '../../model/errors'
import { computed, reactive, shallowRef, watch } from 'vue'
import { CALCULATORS, initialState, parseInputs } from '../../model/calculators'
import { ModelInputError } from '../../model/errors'
import { dismissScenarioIssues } from '../../state/scenario'
import { useCalcState } from './state'

export type CalculatorKey = keyof CalculatorsState
type Def<K extends CalculatorKey> = (typeof CALCULATORS)[K]
type Result<K extends CalculatorKey> = ReturnType<Def<K>['compute']>

/** The calculator `key` of the deck state, validated and computed as its definition (model/calculators/) says. */
export function useCalculator<K extends CalculatorKey>(key: K) {
  const def: AnyCalculator = CALCULATORS[key]
  type R = Result<K>
  const calc = useCalcState()
  const state = computed(() => calc.get()[key])
  const fields = computed((): readonly FieldName[] => def.fieldsIn(state.value))

  const outcome = computed((): { result: R } | { errors: Partial<Record<FieldName, InputErrorReason>> } => {
    const parsed = parseInputs<string>(def, fields.value, state.value.inputs)
    if (!parsed.ok)
      return { errors: parsed.errors }
    try {
      return { result: def.compute(parsed.values, state.value) }
    }
    catch (e) {
      if (e instanceof ModelInputError)
        return { errors: { [e.field as FieldName]: e.reason } }
      throw e
    }
  })
  const lastGood = shallowRef<R>()
  watch(outcome, (o) => {
    if ('result' in o)
      lastGood.value = o.result
  }, { immediate: true, flush: 'sync' })

  function set(next: CalculatorsState[K]): void {
    calc.set(key, next)
  }

  return reactive({
    /** The calculator's state: raw input text and, for training, the preset and time basis. */
    state,
    /** The inputs in use. */
    fields,
    /** Raw text of each input. */
    inputs: computed((): RawInputs => state.value.inputs),
    /** Error of each invalid field (message keys are `calc.errors.<reason>`). */
    errors: computed(() => ('errors' in outcome.value ? outcome.value.errors : {})),
    /** The result to show: the current one, or the last valid one while an input is invalid. */
    shown: computed(() => ('result' in outcome.value ? outcome.value.result : lastGood.value)),
    /** True while the shown result is the last valid one, not the inputs' own. */
    stale: computed(() => 'errors' in outcome.value),
    /** Replace the whole state, in every window. */
    set,
    /** Change part of the state, in every window. */
    patch(change: Partial<CalculatorsState[K]>): void {
      set({ ...state.value, ...change })
    },
    /** One input's new text, in every window. */
    setInput(name: FieldName, text: string): void {
      set({ ...state.value, ...def.onEdit, inputs: { ...state.value.inputs, [name]: text } })
    },
    /** Load one of its presets, in every window. */
    applyPreset(id: string): void {
      set(def.presetState(id))
    },
    /** Back to the initial values. */
    reset(): void {
      set(initialState(def))
      dismissScenarioIssues(key) // the address's ignored parameters go with it
    },
  })
}
