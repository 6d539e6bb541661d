// The live calculators, one module each (training.ts, inference.ts, requests.ts), each one definition
// (field.ts): its fields, presets and outputs. This registry names them; the shared state, what a window
// accepts of it (../calculators-validate.ts) and the address codec (../scenario-params.ts) are derived
// from it, so a calculator is added here and nowhere else in model/.
import type { AnyCalculator, CalcState, CalculatorDef, FieldDef } from './field'
import { initialState } from './field'
import { INFERENCE } from './inference'
import { REQUESTS } from './requests'
import { TRAINING } from './training'

export * from './field'
export * from './inference'
export * from './requests'
export * from './training'

/** Any set of calculators, by their key in the shared state. */
export type CalculatorRegistry = Readonly<Record<string, AnyCalculator>>

/** The deck's calculators, by their key in the shared state (and their `data-calculator` on screen). */
export const CALCULATORS = { training: TRAINING, inference: INFERENCE, requests: REQUESTS } as const satisfies CalculatorRegistry
export type CalculatorName = keyof typeof CALCULATORS

/** The state of each calculator of a registry. */
export type StatesOf<Reg extends CalculatorRegistry> = { -readonly [K in keyof Reg]: Reg[K] extends CalculatorDef<infer S, infer _R, infer _F> ? S : CalcState }

/** Every calculator's state, synced between the presenter and audience windows. */
export type CalculatorsState = StatesOf<typeof CALCULATORS>

/** The calculators of a registry at their default values: the default, the reset and what the PDF shows. */
export function defaultStates<Reg extends CalculatorRegistry>(registry: Reg): StatesOf<Reg> {
  return Object.fromEntries(Object.entries(registry).map(([k, def]) => [k, initialState(def)])) as StatesOf<Reg>
}

/** The calculators at the article's values: the default, the reset and what the PDF shows. */
export function defaultCalculatorsState(): CalculatorsState {
  return defaultStates(CALCULATORS)
}

/**
 * The shared state's calculators, each one at the article's values where the state does not hold it yet
 * (the state starts empty, so that a window needs no calculator code until a calculator needs it).
 * Returns `calc` itself when it holds every calculator.
 */
export function withDefaults(calc: Partial<CalculatorsState>): CalculatorsState {
  const missing = (Object.keys(CALCULATORS) as CalculatorName[]).filter(k => !calc[k])
  if (!missing.length)
    return calc as CalculatorsState
  const defaults = defaultCalculatorsState()
  return { ...defaults, ...calc }
}

type FieldsOf<D> = D extends CalculatorDef<infer _S, infer _R, infer F> ? F : never
/** The name of any input of the deck's calculators (the model parameter it sets). */
export type FieldName = { [K in CalculatorName]: FieldsOf<(typeof CALCULATORS)[K]> }[CalculatorName]

/** Every input of the deck's calculators, by name (a field two calculators share is one definition). */
export const FIELDS: Readonly<Record<FieldName, FieldDef>> = Object.assign({}, ...Object.values(CALCULATORS).map(c => c.fields))
