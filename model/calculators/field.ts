// What every calculator is made of: its fields (the text a person types, the rule that turns it into
// a number, the unit and the name in the address), its presets (every input a published figure) and
// its definition (fields, presets, outputs, computation). State, validation, the address codec and the
// components are derived from a definition; nothing here knows a particular calculator.
// No Vue, no DOM, no i18n: the UI translates errors by (field, reason) and formats results by unit.
import type { InputErrorReason, NumberRule } from '../errors'
import type { FigureId, Unit } from '../figures'
import type { SourceId } from '../source-marks'
import { LIMITS } from '../energy'
import { ModelInputError, requireNumber } from '../errors'
import { FIGURES } from '../figures'
import { hoursToDays } from '../units'

/** Raw text of each input, as typed (shared between windows, so everyone sees the same text). */
export type RawInputs = Record<string, string>

/** One input of a calculator. Its key is the model parameter it sets, its form control's `name` and its locale key `calc.fields.<key>`. */
export interface FieldDef {
  /** What a valid value is (reasons of a rejection are the model's: 'negative', 'tooLarge'…). */
  rule: NumberRule
  /** The unit of the value typed. */
  unit: Unit | 'days'
  /** Its name in the address after the calculator's prefix (`train.gpus`); the key when absent. */
  param?: string
}

/**
 * Text typed by a person → number. Accepts grouping (`25,000`, `25 000`, `25_000`), full-width digits
 * and a decimal comma only when it cannot be grouping; anything else is 'notANumber'.
 */
export function parseNumberText(raw: string): number | undefined | typeof Number.NaN {
  const s = raw
    .replace(/[\uFF10-\uFF19]/g, d => String.fromCharCode(d.charCodeAt(0) - 0xFEE0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\s_]/g, '')
    .replace(/,(?=\d{3}(?:\D|$))/g, '')
  if (s === '')
    return undefined
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(s))
    return Number.NaN
  return Number(s)
}

/** One field's raw text validated against its definition: the number, or the reason it is rejected. */
export function parseFieldText(name: string, field: FieldDef, raw: string | undefined): { value: number } | { error: InputErrorReason } {
  try {
    return { value: requireNumber(name, parseNumberText(raw ?? ''), field.rule) }
  }
  catch (e) {
    if (e instanceof ModelInputError)
      return { error: e.reason }
    throw e
  }
}

/** Number → the text a field shows (plain, no grouping, so it parses back exactly). */
export const toFieldText = (n: number): string => String(Number(n.toPrecision(12)))

// ---------------------------------------------------------------- presets

/** The figure behind each input of a preset. `days` reads a figure in hours. */
export type InputFigures = Partial<Record<string, FigureId>>

/** A published result a preset must reproduce: the figure and a relative tolerance (0.01 = ±1%). */
export interface Expected {
  figure: FigureId
  tolerance: number
}

/** A calculator preset: every input is a figure; `expected` lists the published results it reproduces. */
export interface Preset<Output extends string = string> {
  source: SourceId
  figures: InputFigures
  expected: Partial<Record<Output, Expected>>
}

/** Input values from their figures (`days` converted from the figure's hours): the one figure → input mapping. */
export function valuesFromFigures(figures: InputFigures): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([field, id]) => {
    const v = FIGURES[id!].value
    return [field, field === 'days' ? hoursToDays(v) : v]
  }))
}

const inputsOfFigures = new WeakMap<InputFigures, RawInputs>()

/** A preset's inputs as the text the fields show (a copy of its own: a state may be changed in place). */
export function presetInputs(figures: InputFigures): RawInputs {
  let inputs = inputsOfFigures.get(figures)
  if (!inputs) {
    inputs = Object.fromEntries(Object.entries(valuesFromFigures(figures)).map(([k, v]) => [k, toFieldText(v)]))
    inputsOfFigures.set(figures, inputs)
  }
  return { ...inputs }
}

// ---------------------------------------------------------------- a calculator

/** The state of any calculator: the raw text of its inputs, and the choices it has beside them. */
export interface CalcState { inputs: RawInputs }

/** A choice beside the inputs (the training calculator's preset and time basis). */
export interface Choice<S> {
  /** Its name in the address after the prefix (`train.basis`). */
  param: string
  /** The values the address may name. */
  values: readonly string[]
  /** Values the state may hold that the address never names ('custom': the inputs say it). */
  unlisted?: readonly string[]
  /** Locale key of its label (named in the notice of an ignored parameter). */
  labelKey: string
  /** The state once the address chose `value` (a preset loads its inputs); by default only this key changes. */
  apply?: (state: S, value: string) => S
}

/** One result of a calculator: `data-output="<key>"` on screen, its value in this unit. */
export interface OutputDef { unit: Unit | 'Wh' }

/**
 * A calculator, declared once: everything else (its part of the shared state, what a window accepts of
 * it, its parameters in the address, its reset and presets on screen) is derived from this.
 */
export interface CalculatorDef<S extends CalcState = CalcState, R = unknown, F extends string = string> {
  /** Prefix of its parameters in the address (`train` → `train.gpus=50000`). */
  prefix: string
  /** Every input it may show, in the order shown. */
  fields: { readonly [K in F]: FieldDef }
  /** Its results, by the quantity named on screen (`data-output`). */
  outputs: Readonly<Record<string, OutputDef>>
  /** The inputs in use in a state (the training calculator shows one time basis). */
  fieldsIn: (state: S) => readonly F[]
  /** Valid numbers → result, through the model's formulas (a ModelInputError it throws is shown at its field). */
  compute: (values: Partial<Record<F, number>>, state: S) => R
  /** Its presets; the default is the article's values, the state of a new window, the reset and the PDF. */
  presets: Readonly<Record<string, Preset>>
  defaultPreset: string
  /** The state a preset loads. */
  presetState: (id: string) => S
  /** Shown as buttons, one per preset (else the default is the reset button only). */
  presetButtons?: boolean
  /** The reset button: its locale key, and the source of the values it restores. */
  reset: { labelKey: string, source?: SourceId }
  /** Choices beside the inputs, by their key in the state. */
  choices?: { readonly [K in Exclude<keyof S, 'inputs'>]?: Choice<S> }
  /** What else an edit of an input changes (training: the preset becomes 'custom'). */
  onEdit?: Partial<S>
  /** A state read from the address, made consistent (edited inputs: the preset becomes 'custom'). */
  settle?: (state: S) => S
}

/** Any calculator, whatever its state, result and fields (for code that treats them all alike). */

export type AnyCalculator = CalculatorDef<any, any, any>

/** A calculator's choices as entries: key in the state, and the choice. */
export function choicesOf(def: AnyCalculator): [string, Choice<CalcState>][] {
  return Object.entries(def.choices ?? {}).filter((e): e is [string, Choice<CalcState>] => e[1] !== undefined)
}

/** The value of a choice in a state (a string for a well-formed state). */
export const choiceValue = (state: CalcState, key: string): unknown => Reflect.get(state, key)

/** A definition, checked against its own state type. */
export function defineCalculator<S extends CalcState, R, F extends string>(def: CalculatorDef<S, R, F>): CalculatorDef<S, R, F> {
  return def
}

/** The default state of a calculator: its default preset's. */
export const initialState = <D extends AnyCalculator>(def: D): ReturnType<D['presetState']> => def.presetState(def.defaultPreset)

/** Every field a calculator may take, by name. */
export const fieldNames = <F extends string>(def: { fields: { readonly [K in F]: FieldDef } }): F[] => Object.keys(def.fields) as F[]

/** Why a field's text is rejected, by field. */
export type FieldErrors<F extends string = string> = Partial<Record<F, InputErrorReason>>

/** Result of validating a calculator's inputs: numbers, or the error of each bad field. */
export type Parsed<F extends string>
  = | { ok: true, values: Record<F, number> }
    | { ok: false, errors: FieldErrors<F> }

/** Validate every listed field of `def`; all errors at once, so each field can show its own message. */
export function parseInputs<F extends string>(def: { fields: { readonly [K in F]: FieldDef } }, names: readonly F[], raw: RawInputs): Parsed<F> {
  const values = {} as Record<F, number>
  const errors: FieldErrors<F> = {}
  for (const f of names) {
    const r = parseFieldText(f, def.fields[f], raw[f])
    if ('error' in r)
      errors[f] = r.error
    else values[f] = r.value
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values }
}

// ---------------------------------------------------------------- fields several calculators share

/** The fleet: how many GPUs, how they sit in servers, what a server draws, and the data centre's overhead. */
export const FLEET_FIELDS = {
  gpus: { rule: { positive: true, integer: true, max: LIMITS.devices }, unit: 'count' },
  gpusPerServer: { rule: { integer: true, atLeastOne: true, max: LIMITS.gpusPerServer }, unit: 'count' },
  serverPowerKw: { rule: { positive: true, max: LIMITS.powerKw }, unit: 'kW' },
  pue: { rule: { atLeastOne: true, max: LIMITS.pue }, unit: 'ratio' },
} as const satisfies Record<string, FieldDef>
