// The calculators' state as another window sends it: each value goes through the model's own
// rules before it may reach the screen. Derived from the calculators' definitions (calculators/):
// their fields and choices say what is accepted. Pure: no Vue, no DOM, no i18n.
import type { AnyCalculator, CalcState, CalculatorRegistry, CalculatorsState, FieldDef, RawInputs, StatesOf } from './calculators'
import { CALCULATORS, choicesOf, choiceValue, parseFieldText, withDefaults } from './calculators'
import { isRecord } from './json'

/** Longest field text accepted from another window (a typed number is far shorter). */
export const MAX_FIELD_TEXT = 40

/** Received text of one field: kept only when it is a short string its rule accepts. */
function acceptText(name: string, field: FieldDef, text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_FIELD_TEXT)
    return undefined
  return 'value' in parseFieldText(name, field, text) ? text : undefined
}

/** Same keys and same strings (the states are small and flat enough for a JSON comparison). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Received inputs of one calculator: a valid field replaces the previous text, a rejected or
 * missing one keeps it, an unknown name is dropped.
 */
function acceptInputs(def: AnyCalculator, incoming: unknown, previous: RawInputs): RawInputs {
  if (!isRecord(incoming))
    return previous
  const out: RawInputs = {}
  for (const [f, field] of Object.entries<FieldDef>(def.fields)) {
    const text = Object.hasOwn(incoming, f) ? acceptText(f, field, incoming[f]) : undefined
    const kept = text ?? previous[f]
    if (kept !== undefined)
      out[f] = kept
  }
  return same(out, previous) ? previous : out
}

/** One calculator's state as received: its choices among their values, its inputs by their rules. */
function acceptState(def: AnyCalculator, incoming: unknown, previous: CalcState): CalcState {
  if (!isRecord(incoming))
    return previous
  const changes: Record<string, unknown> = {}
  for (const [key, choice] of choicesOf(def)) {
    const v = incoming[key]
    if (typeof v === 'string' && v !== choiceValue(previous, key) && (choice.values.includes(v) || choice.unlisted?.includes(v)))
      changes[key] = v
  }
  const inputs = acceptInputs(def, incoming.inputs, previous.inputs)
  if (inputs !== previous.inputs)
    changes.inputs = inputs
  return Object.keys(changes).length ? { ...previous, ...changes } : previous
}

/**
 * Every calculator's state as received from another window: only what the model accepts
 * replaces `previous`; anything else (unknown keys, wrong types, text the rules reject, NaN,
 * markup) leaves the previous value in place. Returns `previous` itself when nothing changed.
 */
export function acceptCalculators(incoming: unknown, previous: Partial<CalculatorsState>): CalculatorsState {
  return acceptStates(CALCULATORS, incoming, withDefaults(previous))
}

/** `acceptCalculators` for any registry of calculators. */
export function acceptStates<Reg extends CalculatorRegistry>(registry: Reg, incoming: unknown, previous: StatesOf<Reg>): StatesOf<Reg> {
  if (!isRecord(incoming))
    return previous
  let next = previous
  for (const [key, def] of Object.entries(registry)) {
    if (!Object.hasOwn(incoming, key))
      continue
    const prev = previous[key] as CalcState
    const accepted = acceptState(def, incoming[key], prev)
    if (accepted !== prev)
      next = { ...next, [key]: accepted }
  }
  return next
}
