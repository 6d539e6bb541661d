// One composable for the three live calculators: the state they read and write (synced between windows),
// their fields, parsing and validation through model/, the computation through model/, and the last valid
// result kept (shown as stale) while an input is invalid. No arithmetic here.
// It returns a reactive object, so templates read `calc.shown?.energyKwh`, `calc.errors[f]`, `calc.stale`.
import type { CalculatorsState, FieldName, RawInputs } from '../../model/calculators'
import type { InputErrorReason } from '../../model/errors'
import { computed, reactive, shallowRef, watch } from 'vue'
import { parseFields } from '../../model/calculators'
import { ModelInputError } from '../../model/errors'
import { dismissScenarioIssues } from '../../state/scenario'
import { useCalcState } from './state'

export type CalculatorKey = keyof CalculatorsState
type Values = Partial<Record<FieldName, number>>

export interface CalculatorOptions<K extends CalculatorKey, R> {
  /** The inputs in use, in the order shown. */
  fields: (state: CalculatorsState[K]) => readonly FieldName[]
  /** Valid numbers → result, through model/ (a ModelInputError it throws is shown at its field). */
  compute: (values: Values, state: CalculatorsState[K]) => R
  /** The state that Reset returns to (the article's or the source's values). */
  initial: () => CalculatorsState[K]
  /** What else an edit of an input changes (training: the preset becomes 'custom'). */
  onEdit?: Partial<CalculatorsState[K]>
}

/** The calculator `key` of the deck state, validated and computed. */
export function useCalculator<K extends CalculatorKey, R>(key: K, options: CalculatorOptions<K, R>) {
  const calc = useCalcState()
  const state = computed(() => calc.get()[key])
  const fields = computed(() => options.fields(state.value))

  const outcome = computed((): { result: R } | { errors: Partial<Record<FieldName, InputErrorReason>> } => {
    const parsed = parseFields(fields.value, state.value.inputs)
    if (!parsed.ok)
      return { errors: parsed.errors }
    try {
      return { result: options.compute(parsed.values, state.value) }
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
      set({ ...state.value, ...options.onEdit, inputs: { ...state.value.inputs, [name]: text } })
    },
    /** Back to the initial values. */
    reset(): void {
      set(options.initial())
      dismissScenarioIssues(key) // the address's ignored parameters go with it (issue 14)
    },
  })
}
