// Shapes of received JSON, shared by the state's rules and the calculators' (small, so that a window
// checks a message without loading the calculators).

/** A JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
