/** Why a model input was rejected; the UI translates (field, reason) into the current language. */
export type InputErrorReason
  = | 'missing'
    | 'notANumber'
    | 'notFinite'
    | 'negative'
    | 'zero'
    | 'notInteger'
    | 'aboveOne'
    | 'belowOne'
    | 'tooLarge'

/** Thrown by every model formula for an input it cannot use; `field` is the input's name (e.g. `gpus`). */
export class ModelInputError extends Error {
  override name = 'ModelInputError'
  constructor(
    readonly field: string,
    readonly reason: InputErrorReason,
    readonly value: unknown,
  ) {
    super(`Invalid model input "${field}": ${reason} (got ${String(value)})`)
  }
}

/** Constraints for `requireNumber`; by default any finite number >= 0 passes. */
export interface NumberRule {
  /** Reject 0 (reason 'zero'). Default: 0 is allowed. */
  positive?: boolean
  /** Require a whole number (reason 'notInteger'). */
  integer?: boolean
  /** Require >= 1 (reason 'belowOne'), e.g. PUE or GPUs per server. */
  atLeastOne?: boolean
  /** Require <= 1 (reason 'aboveOne'), e.g. a utilization or a share. */
  atMostOne?: boolean
  /** Largest sensible value (reason 'tooLarge'). */
  max?: number
}

/** Validate one input and return it as a number, or throw ModelInputError naming the field. */
export function requireNumber(field: string, value: unknown, rule: NumberRule = {}): number {
  const fail = (reason: InputErrorReason): never => {
    throw new ModelInputError(field, reason, value)
  }
  if (value === undefined || value === null || value === '')
    return fail('missing')
  if (typeof value !== 'number' || Number.isNaN(value))
    return fail('notANumber')
  if (!Number.isFinite(value))
    return fail('notFinite')
  if (value < 0)
    return fail('negative')
  if (value === 0 && rule.positive)
    return fail('zero')
  if (rule.integer && !Number.isInteger(value))
    return fail('notInteger')
  if (rule.atLeastOne && value < 1)
    return fail('belowOne')
  if (rule.atMostOne && value > 1)
    return fail('aboveOne')
  if (rule.max !== undefined && value > rule.max)
    return fail('tooLarge')
  return value === 0 ? 0 : value // normalise -0
}
