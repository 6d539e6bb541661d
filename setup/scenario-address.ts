// The calculators' scenario in the address, beside `?lang=` (setup/address.ts):
// - when a window opens on an address with a scenario (`?train.gpus=50000`), the scenario becomes
//   the shared one, if this window may drive the talk (state/trust.ts: presenter view, a trusted
//   origin, or any window of the static build). This is also how the shared state comes back after
//   a dev-server restart: Vite reloads every window, the server starts from the article's values,
//   and each window whose address holds the scenario puts it back. A window whose address holds no
//   scenario sends nothing, so it never resets the others to the defaults.
// - a window that may not drive (a viewer on another origin) follows the presenter: the scenario
//   in its address is ignored, and its address is rewritten to the shared one.
// - afterwards the address follows the shared state in every window, with history.replaceState (no
//   history entry per keystroke), and keeps the scenario on slide navigation (router guard).
// Print windows are left alone (components/calc/state.ts reads their scenario for the export).
import type { LocationQuery, LocationQueryRaw, Router } from 'vue-router'
import { watch } from 'vue'
import { isScenarioParam } from '../model/scenario-params'
import { deckState, updateDeckState } from '../state/deck'
import { openedScenario, reportScenarioIssues, withScenario } from '../state/scenario'
import { canDrive, whenViewKnown } from '../state/trust'

/** The scenario parameters of a route query, as a canonical string. */
function scenarioPart(query: LocationQuery | Record<string, string>): string {
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(query)) {
    if (!isScenarioParam(name))
      continue
    for (const v of Array.isArray(value) ? value : [value])
      pairs.push([name, String(v ?? '')])
  }
  return new URLSearchParams(pairs).toString()
}

/** `query` with its scenario parameters replaced by those of `scenario` (a query string). */
function withScenarioQuery(query: LocationQuery, scenario: string): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const [name, value] of Object.entries(query)) {
    if (!isScenarioParam(name))
      out[name] = value
  }
  for (const [name, value] of new URLSearchParams(scenario))
    out[name] = value
  return out
}

/** Keeps the shared scenario in this window's address, after restoring the one it opened with. */
export function syncScenarioInAddress(router: Router, options: { print: boolean }): void {
  if (options.print)
    return
  // what the address should hold: the opening address's own parameters until the scenario is
  // applied (so a navigation meanwhile does not drop them), then the shared state's
  let wanted: () => string = () => scenarioPart(Object.fromEntries(new URLSearchParams(location.search)))
  const opened = wanted()

  router.beforeEach((to) => {
    const want = wanted()
    if (scenarioPart(to.query) !== want)
      return { ...to, query: withScenarioQuery(to.query, want) }
  })

  function writeAddress(): void {
    const next = withScenario(new URL(location.href), deckState.calc)
    if (next.href !== location.href)
      history.replaceState(history.state, '', next)
  }

  void Promise.all([router.isReady(), whenViewKnown()]).then(() => {
    if (openedScenario && canDrive.value) {
      updateDeckState({ calc: openedScenario.state })
      reportScenarioIssues(openedScenario.issues)
    }
    wanted = () => new URLSearchParams(withScenario(new URL('http://x/'), deckState.calc).search).toString()
    if (wanted() !== opened)
      writeAddress()
    watch(wanted, writeAddress)
  })
}
