// The energy-per-request calculator: a search in 2009, a chat in 2023 and one in 2025, times the
// requests of a day.
import type { FigureId } from '../figures'
import type { FieldDef, Preset, RawInputs } from './field'
import { LIMITS, requestsEnergy } from '../energy'
import { FIGURES } from '../figures'
import { defineCalculator, presetInputs } from './field'

export interface RequestsState { inputs: RawInputs }

const FIELDS = {
  requestsPerDay: { rule: { max: LIMITS.requestsPerDay }, unit: 'count' },
} as const satisfies Record<string, FieldDef>
type RequestsField = keyof typeof FIELDS

/** The three requests compared, each with its energy figure. */
export const REQUEST_KINDS = {
  search2009: 'google.searchEnergy2009',
  chat2023: 'chatgpt.requestEnergy',
  chat2025: 'gpt4o.requestEnergy',
} as const satisfies Record<string, FigureId>
export type RequestKind = keyof typeof REQUEST_KINDS

/** Energy of one request of a kind, and of a day's and a year's requests. */
export interface RequestEnergy { whPerRequest: number, dailyKwh: number, yearlyKwh: number }

/** Daily and yearly energy of `requestsPerDay` requests of each kind. */
export function computeRequests(v: Partial<Record<RequestsField, number>>): Record<RequestKind, RequestEnergy> {
  const out = {} as Record<RequestKind, RequestEnergy>
  for (const [kind, fig] of Object.entries(REQUEST_KINDS) as [RequestKind, FigureId][]) {
    const whPerRequest = FIGURES[fig].value * 1000
    out[kind] = { whPerRequest, ...requestsEnergy({ whPerRequest, requestsPerDay: v.requestsPerDay! }) }
  }
  return out
}

/** ChatGPT's requests a day in early 2023 (de Vries): the per-request calculator's default and reset. */
export const REQUESTS_PRESET = {
  source: 'devries2023',
  figures: { requestsPerDay: 'chatgpt.dailyRequests' },
  expected: { 'chat2023.dailyKwh': { figure: 'chatgpt.dailyEnergy', tolerance: 0.005 } },
} as const satisfies Preset<`${RequestKind}.${keyof RequestEnergy}`>

export const REQUESTS = defineCalculator<RequestsState, Record<RequestKind, RequestEnergy>, RequestsField>({
  prefix: 'req',
  fields: FIELDS,
  outputs: Object.fromEntries((Object.keys(REQUEST_KINDS) as RequestKind[]).flatMap(k => [
    [`${k}.whPerRequest`, { unit: 'Wh' }],
    [`${k}.dailyKwh`, { unit: 'kWh' }],
    [`${k}.yearlyKwh`, { unit: 'kWh' }],
  ])),
  fieldsIn: () => ['requestsPerDay'],
  compute: computeRequests,
  presets: { chatgpt2023: REQUESTS_PRESET },
  defaultPreset: 'chatgpt2023',
  presetState: () => ({ inputs: presetInputs(REQUESTS_PRESET.figures) }),
  reset: { labelKey: 'calc.resetRequests', source: 'devries2023' },
})
