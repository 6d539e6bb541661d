// A calculator scenario as address parameters, and back: only the inputs that differ from the article's
// values, with readable names (`train.gpus=50000&train.pue=1.2`, `train.preset=bloom`), so a link carries
// the scenario on screen and a window that reloads restores it. Decoding checks every value with the
// calculators' own rules, field by field: a bad value is dropped and reported with the reason the field
// would give for typed input; unknown names are ignored. The codec is derived from the calculators'
// definitions (calculators/): their prefix, fields and choices. Pure TypeScript: no URL, DOM or Vue here.
import type { AnyCalculator, CalcState, CalculatorName, CalculatorRegistry, CalculatorsState, FieldName, StatesOf } from './calculators'
import type { InputErrorReason } from './errors'
import { CALCULATORS, choicesOf, choiceValue, defaultStates, fieldNames, parseFieldText, toFieldText } from './calculators'

export type { CalculatorName } from './calculators'

/** Longest parameter value looked at; anything longer is rejected without being parsed. */
const MAX_PARAM_LENGTH = 32

/** A parameter that was dropped, and why (a field's reason is the one typed input would get; a choice's value is 'unknown'). */
export type ScenarioIssue<C extends string = CalculatorName, F extends string = FieldName>
  = | { calculator: C, field: F, reason: InputErrorReason }
    | { calculator: C, field: string, reason: 'unknown' }

export interface DecodedScenario<S = CalculatorsState, C extends string = CalculatorName, F extends string = FieldName> {
  state: S
  issues: ScenarioIssue<C, F>[]
  /** True when the address named at least one scenario parameter (valid or not). */
  present: boolean
}

/** The address codec of a registry of calculators. */
export function scenarioCodec<Reg extends CalculatorRegistry>(registry: Reg) {
  type Name = keyof Reg & string
  type Field = string
  const entries = Object.entries(registry) as [Name, AnyCalculator][]
  const paramOf = (def: AnyCalculator, field: string) => def.fields[field]?.param ?? field

  /** Does this address parameter belong to a scenario (`train.*`, `fleet.*`, `req.*`)? */
  function isScenarioParam(name: string): boolean {
    return entries.some(([, def]) => name.startsWith(`${def.prefix}.`))
  }

  /**
   * The parameters of one calculator's state, read the way decoding writes them: each choice that differs
   * (a preset, then what differs from that preset), then each valid input that differs.
   */
  function encodeOne(def: AnyCalculator, state: CalcState): [string, string][] {
    let base: CalcState = def.presetState(def.defaultPreset)
    const out: [string, string][] = []
    for (const [key, choice] of choicesOf(def)) {
      const v = choiceValue(state, key)
      if (typeof v === 'string' && choice.values.includes(v) && v !== choiceValue(base, key)) {
        out.push([`${def.prefix}.${choice.param}`, v])
        base = choice.apply ? choice.apply(base, v) : { ...base, [key]: v }
      }
    }
    for (const field of fieldNames(def)) {
      const raw = state.inputs[field]
      if (raw === undefined || raw === base.inputs[field])
        continue
      const parsed = parseFieldText(field, def.fields[field]!, raw)
      // An input being typed or wrong stays on screen with its message; the address keeps valid values only.
      if ('value' in parsed && toFieldText(parsed.value) !== base.inputs[field])
        out.push([`${def.prefix}.${paramOf(def, field)}`, toFieldText(parsed.value)])
    }
    return out
  }

  /**
   * The parameters that describe `state`: empty at the default values. Field values are written in
   * plain digits (`50000`, `1.2`), so they read back exactly.
   */
  function encodeScenario(state: StatesOf<Reg>): [string, string][] {
    return entries.flatMap(([name, def]) => encodeOne(def, state[name] as CalcState))
  }

  /**
   * The calculators' state described by address parameters (pairs, as `URLSearchParams` gives them),
   * starting from the default values. Each value goes through the field's own rule; what fails is left
   * at its default and reported in `issues`; unknown names are ignored.
   */
  function decodeScenario(params: Iterable<[string, string]>): DecodedScenario<StatesOf<Reg>, Name, Field> {
    const state = defaultStates(registry) as Record<Name, CalcState>
    const issues: ScenarioIssue<Name, Field>[] = []
    const choices = new Map<Name, Map<string, string>>()
    const values = new Map<Name, Map<string, string>>()
    let present = false

    for (const [param, raw] of params) {
      const found = entries.find(([, def]) => param.startsWith(`${def.prefix}.`))
      if (!found)
        continue
      present = true
      const [name, def] = found
      const key = param.slice(def.prefix.length + 1)
      const choice = choicesOf(def).find(([, c]) => c.param === key)
      const field = fieldNames(def).find(f => paramOf(def, f) === key)
      if (choice)
        choices.set(name, (choices.get(name) ?? new Map()).set(choice[0], raw))
      else if (field)
        values.set(name, (values.get(name) ?? new Map()).set(field, raw))
    }

    for (const [name, def] of entries) {
      let s = state[name]
      // choices in their declared order (a preset first: it loads every input, then the basis)
      for (const [key, choice] of choicesOf(def)) {
        const raw = choices.get(name)?.get(key)
        if (raw === undefined)
          continue
        if (choice.values.includes(raw))
          s = choice.apply ? choice.apply(s, raw) : { ...s, [key]: raw }
        else issues.push({ calculator: name, field: choice.param, reason: 'unknown' })
      }
      state[name] = s
    }

    for (const [name, def] of entries) {
      const inputs = { ...state[name].inputs }
      for (const [field, raw] of values.get(name) ?? []) {
        const parsed = raw.length > MAX_PARAM_LENGTH ? { error: 'notANumber' as const } : parseFieldText(field, def.fields[field]!, raw)
        if ('error' in parsed)
          issues.push({ calculator: name, field, reason: parsed.error })
        else inputs[field] = toFieldText(parsed.value)
      }
      state[name] = def.settle ? def.settle({ ...state[name], inputs }) : { ...state[name], inputs }
    }
    return { state: state as StatesOf<Reg>, issues, present }
  }

  return {
    isScenarioParam,
    encodeScenario,
    decodeScenario,
  }
}

const DECK = scenarioCodec(CALCULATORS)

export const isScenarioParam = DECK.isScenarioParam
export const encodeScenario: (state: CalculatorsState) => [string, string][] = DECK.encodeScenario
export const decodeScenario = DECK.decodeScenario as (params: Iterable<[string, string]>) => DecodedScenario
