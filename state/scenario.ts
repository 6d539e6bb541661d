// A scenario in the address: the calculators' inputs that differ from the article's, as
// readable parameters beside `?lang=` (`train.gpus=50000&train.pue=1.2`, model/scenario-params.ts).
// What the address held when this window opened, and what was wrong in it: the parameters that
// failed the calculators' rules, shown on the calculator until its reset. Kept here (not in the
// components) so the address code (setup/scenario-address.ts) and the calculators share one copy.
import type { CalculatorsState } from '../model/calculators'
import type { CalculatorName, ScenarioIssue } from '../model/scenario-params'
import { reactive } from 'vue'
import { decodeScenario, encodeScenario, isScenarioParam } from '../model/scenario-params'

/** The scenario of an address query (`?lang=zh&train.gpus=50000`): decoded, or undefined if none. */
export function scenarioOfQuery(search: string): ReturnType<typeof decodeScenario> | undefined {
  const decoded = decodeScenario(new URLSearchParams(search))
  return decoded.present ? decoded : undefined
}

/** The scenario of this window's address when it opened (read once, before anything rewrites it). */
export const openedScenario = typeof location === 'undefined' ? undefined : scenarioOfQuery(location.search)

/** Parameters of the address that were ignored (shown on their calculator, in the current language). */
export const scenarioIssues = reactive<ScenarioIssue[]>([])

/** Show the ignored parameters of the opening address (once it is applied in this window). */
export function reportScenarioIssues(issues: readonly ScenarioIssue[]): void {
  scenarioIssues.splice(0, scenarioIssues.length, ...issues)
}

/** Forget the ignored parameters of one calculator (its reset). */
export function dismissScenarioIssues(calculator: CalculatorName): void {
  for (let i = scenarioIssues.length - 1; i >= 0; i--) {
    if (scenarioIssues[i]!.calculator === calculator)
      scenarioIssues.splice(i, 1)
  }
}

/** `url` with its scenario parameters replaced by those of `state` (nothing else touched). */
export function withScenario(url: URL, state: CalculatorsState): URL {
  const out = new URL(url)
  for (const name of [...out.searchParams.keys()]) {
    if (isScenarioParam(name))
      out.searchParams.delete(name)
  }
  for (const [name, value] of encodeScenario(state))
    out.searchParams.append(name, value)
  return out
}
