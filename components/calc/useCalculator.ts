// Shared logic of the live calculators: validate the raw inputs, compute through the model,
// keep the last valid result (shown as stale while an input is invalid). No arithmetic here.
import type { ComputedRef } from 'vue'
import type { FieldName, Parsed, RawInputs } from '../../model/calculators'
import type { InputErrorReason } from '../../model/errors'
import { computed, shallowRef, watch } from 'vue'
import { parseFields } from '../../model/calculators'
import { ModelInputError } from '../../model/errors'

export interface CalculatorView<R> {
  /** Error of each invalid field (message keys are `calc.errors.<reason>`). */
  errors: ComputedRef<Partial<Record<FieldName, InputErrorReason>>>
  /** The result to show: the current one, or the last valid one while inputs are invalid. */
  shown: ComputedRef<R | undefined>
  /** True while the shown result is the last valid one, not the inputs' own. */
  stale: ComputedRef<boolean>
}

/**
 * `fields()` lists the inputs in use, `raw()` their text, `compute` turns valid numbers into a result
 * through model/ (a ModelInputError it throws is attributed to its field).
 */
export function useCalculator<R>(
  fields: () => readonly FieldName[],
  raw: () => RawInputs,
  compute: (values: Partial<Record<FieldName, number>>) => R,
): CalculatorView<R> {
  const outcome = computed((): { result: R } | { errors: Partial<Record<FieldName, InputErrorReason>> } => {
    const parsed: Parsed<FieldName> = parseFields(fields(), raw())
    if (!parsed.ok)
      return { errors: parsed.errors }
    try {
      return { result: compute(parsed.values) }
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

  return {
    errors: computed(() => ('errors' in outcome.value ? outcome.value.errors : {})),
    shown: computed(() => ('result' in outcome.value ? outcome.value.result : lastGood.value)),
    stale: computed(() => 'errors' in outcome.value),
  }
}
