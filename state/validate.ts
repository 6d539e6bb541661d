// What a window accepts of the deck's shared state, whoever sent it (the presenter, another
// window, or a hand-written message on the dev server's websocket). Pure: no Vue, no DOM; the dev
// server's guard (server/deck-guard.ts) uses the same rules.
import type { CalculatorsState } from '../model/calculators'
import type { DeckState } from './deck'
import { LANGUAGES } from '../locales/languages'
import { isRecord } from '../model/json'

/** A received language: one of the deck's codes, exactly; anything else is ignored. */
function acceptLang(v: unknown): string | undefined {
  return typeof v === 'string' && Object.hasOwn(LANGUAGES, v) ? v : undefined
}

/**
 * A received second language of the bilingual view: `''` (none) or one of the deck's codes,
 * exactly; anything else is ignored. The same code as `lang` is allowed here and means "none"
 * where it is read (i18n/runtime.ts), so the two keys stay independent rules.
 */
export function acceptAlso(v: unknown): string | undefined {
  return v === '' ? '' : acceptLang(v)
}

/** The calculators' own rules (model/calculators-validate.ts), once their chunk is in. */
let calculatorRules: ((incoming: unknown, previous: Partial<CalculatorsState>) => CalculatorsState) | undefined
let loadingRules: Promise<void> | undefined
const rulesIn: (() => void)[] = []

/**
 * Loads the calculators' rules, once (their own chunk: the cover needs no calculator code). Called by
 * the calculators when they load, and by the rule below when calculator inputs arrive.
 */
export function loadCalculatorRules(): Promise<void> {
  loadingRules ??= import('../model/calculators-validate').then((m) => {
    calculatorRules = m.acceptCalculators
    for (const fn of rulesIn.splice(0)) fn()
  })
  return loadingRules
}

/** Calls `fn` once the calculators' rules are in (at once if they are). */
export function onCalculatorRules(fn: () => void): void {
  if (calculatorRules)
    fn()
  else
    rulesIn.push(fn)
}

/**
 * Received calculator inputs, through the calculators' rules. Until those are in, nothing is taken
 * (no calculator is on screen without its code, and the state's calculators start at the article's
 * values); inputs that arrive fetch the rules, and the window takes them again then (trust.ts).
 */
function acceptCalc(incoming: unknown, previous: Partial<CalculatorsState>): Partial<CalculatorsState> | undefined {
  if (calculatorRules)
    return calculatorRules(incoming, previous)
  if (isRecord(incoming) && Object.keys(incoming).length) {
    loadCalculatorRules().catch((e: unknown) => {
      console.error(`[deck] could not load the calculators' rules: ${(e as Error).message}`)
    })
  }
  return undefined
}

/**
 * Cookie by which a presenter view tells the dev server it passed Slidev's password guard
 * (`--remote <password>`); set by state/trust.ts, read by server/deck-guard.ts.
 */
export const PRESENTER_COOKIE = 'slidev-deck-presenter'

type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array'

interface KeyRule<T> {
  /** The value as received → the value to show, or undefined to keep the previous one. */
  accept: (incoming: unknown, previous: T) => T | undefined
  /** JSON types a sender may put under this key (the dev server refuses a message with another). */
  json: readonly JsonType[]
  /**
   * How a window reads the talk, not what the speaker shows: a viewer that may not drive may still
   * set it for its own screen (the language, the bilingual view).
   */
  ownView?: boolean
}

/**
 * One line per key of the deck state. A key that is not here is dropped on arrival; a value its
 * rule rejects leaves the window's previous value on screen.
 */
export const DECK_STATE_RULES: { [K in keyof DeckState]: KeyRule<DeckState[K]> } = {
  lang: { accept: acceptLang, json: ['string'], ownView: true },
  also: { accept: acceptAlso, json: ['string'], ownView: true },
  calc: { accept: acceptCalc, json: ['object'] },
  join: { accept: v => typeof v === 'boolean' ? v : undefined, json: ['boolean'] },
}

/** A message (patch or whole state) longer than this, as JSON, is refused as a whole. */
export const MAX_DECK_MESSAGE_CHARS = 16_384
/** Deepest nesting a deck message may have (the state itself is 4 levels deep). */
const MAX_DECK_DEPTH = 6
/** Keys that would reach an object's prototype when a patch is merged. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const ruleKeys = () => Object.keys(DECK_STATE_RULES) as (keyof DeckState)[]

/** Keys a viewer may set for its own screen only (`ownView` in DECK_STATE_RULES). */
export const OWN_VIEW_KEYS: readonly (keyof DeckState)[] = ruleKeys().filter(k => DECK_STATE_RULES[k].ownView)

/**
 * The state a window shows after receiving `incoming`: each known key through its rule,
 * unknown keys dropped, rejected values replaced by `previous` ones. `previous` itself when
 * nothing changed, so nothing re-renders.
 */
export function acceptDeckState(incoming: unknown, previous: DeckState): DeckState {
  if (!isRecord(incoming))
    return previous
  let next = previous
  for (const key of ruleKeys()) {
    if (!Object.hasOwn(incoming, key))
      continue
    const accepted = (DECK_STATE_RULES[key].accept as (i: unknown, p: unknown) => unknown)(incoming[key], previous[key])
    if (accepted !== undefined && accepted !== previous[key])
      next = { ...next, [key]: accepted }
  }
  return next
}

function jsonType(v: unknown): JsonType | undefined {
  if (v === null)
    return 'null'
  if (Array.isArray(v))
    return 'array'
  const t = typeof v
  return t === 'string' || t === 'number' || t === 'boolean' || t === 'object' ? t : undefined
}

function jsonLength(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0
  }
  catch {
    return Number.POSITIVE_INFINITY
  }
}

/** True when `v` holds a prototype key or is nested deeper than `depth`. */
function hasForbiddenShape(v: unknown, depth: number): boolean {
  if (typeof v !== 'object' || v === null)
    return false
  if (depth <= 0)
    return true
  for (const k of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(k) || hasForbiddenShape((v as Record<string, unknown>)[k], depth - 1))
      return true
  }
  return false
}

/**
 * Why a message to the deck state is refused, or undefined when it is well formed: a JSON object
 * of known keys with values of their JSON type, no prototype key, not too deep, not oversized.
 * Field text is not judged here (a presenter mid-typing may send `1.` or `abc`): each window
 * applies the model's rules itself (acceptDeckState).
 */
export function deckMessageProblem(message: unknown, length = jsonLength(message)): string | undefined {
  if (length > MAX_DECK_MESSAGE_CHARS)
    return 'oversized'
  if (!isRecord(message))
    return 'not an object'
  if (hasForbiddenShape(message, MAX_DECK_DEPTH))
    return 'forbidden key or too deep'
  for (const [key, value] of Object.entries(message)) {
    const rule = (DECK_STATE_RULES as Record<string, KeyRule<unknown>>)[key]
    if (!rule || !Object.hasOwn(DECK_STATE_RULES, key))
      return `unknown key ${JSON.stringify(key.slice(0, 40))}`
    if (!rule.json.includes(jsonType(value)!))
      return `wrong type for ${key}`
  }
  return undefined
}

/**
 * Clean a received message in place, before it is merged into the window's copy of the shared
 * state: unknown keys and values of the wrong JSON type are removed; an oversized, too deep or
 * prototype-touching message is emptied; for a whole state, what was removed is taken from `fallback`.
 * Returns what was wrong, or undefined when nothing was.
 */
export function pruneDeckMessage(message: unknown, fallback?: DeckState): string | undefined {
  if (!isRecord(message))
    return undefined
  const problem = deckMessageProblem(message)
  if (!problem)
    return undefined
  const refuseAll = jsonLength(message) > MAX_DECK_MESSAGE_CHARS || hasForbiddenShape(message, MAX_DECK_DEPTH)
  for (const key of Object.keys(message)) {
    const rule = Object.hasOwn(DECK_STATE_RULES, key) ? (DECK_STATE_RULES as Record<string, KeyRule<unknown>>)[key] : undefined
    if (refuseAll || !rule || !rule.json.includes(jsonType(message[key])!))
      delete message[key]
  }
  // a whole state replaces the window's copy: what was removed comes back from `fallback`
  if (fallback) {
    for (const key of ruleKeys()) {
      if (!Object.hasOwn(message, key))
        message[key] = JSON.parse(JSON.stringify(fallback[key]))
    }
  }
  return problem
}
