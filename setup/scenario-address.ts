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
// The codec (model/scenario-params.ts) and the calculators' code come only when needed: an address
// with a scenario, or calculator inputs in the shared state (a calculator slide, or another window's
// inputs). Until then the address keeps whatever scenario-shaped parameters it opened with.
import type { LocationQuery, LocationQueryRaw, Router } from 'vue-router'
import { watch } from 'vue'
import { deckState, updateDeckState } from '../state/deck'
import { canDrive, whenViewKnown } from '../state/trust'

/**
 * Every scenario parameter is `<calculator prefix>.<field>` (model/scenario-params.ts): until the codec
 * is in, a parameter of that shape counts as one (the codec then drops the ones it does not know).
 */
const scenarioShaped = (name: string): boolean => /^[a-z]+\.[a-z]/i.test(name)

/** The scenario parameters of a route query, as a canonical string. */
function scenarioPart(query: LocationQuery | Record<string, string>, isParam: (name: string) => boolean): string {
  const pairs: [string, string][] = []
  for (const [name, value] of Object.entries(query)) {
    if (!isParam(name))
      continue
    for (const v of Array.isArray(value) ? value : [value])
      pairs.push([name, String(v ?? '')])
  }
  return new URLSearchParams(pairs).toString()
}

/** `query` with its scenario parameters replaced by those of `scenario` (a query string). */
function withScenarioQuery(query: LocationQuery, scenario: string, isParam: (name: string) => boolean): LocationQueryRaw {
  const out: LocationQueryRaw = {}
  for (const [name, value] of Object.entries(query)) {
    if (!isParam(name))
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
  let isParam = scenarioShaped
  // what the address should hold: the opening address's own parameters until the scenario is
  // applied (so a navigation meanwhile does not drop them), then the shared state's
  let wanted: () => string = () => scenarioPart(Object.fromEntries(new URLSearchParams(location.search)), isParam)
  const opened = wanted()

  router.beforeEach((to) => {
    const want = wanted()
    if (scenarioPart(to.query, isParam) !== want)
      return { ...to, query: withScenarioQuery(to.query, want, isParam) }
  })

  let started = false
  async function start(): Promise<void> {
    if (started)
      return
    started = true
    const [{ isScenarioParam }, scenario, { withDefaults }] = await Promise.all([
      import('../model/scenario-params'),
      import('../state/scenario'),
      import('../model/calculators'),
    ])
    isParam = isScenarioParam
    await Promise.all([router.isReady(), whenViewKnown()])
    const { openedScenario } = scenario
    if (openedScenario && canDrive.value) {
      updateDeckState({ calc: openedScenario.state })
      scenario.reportScenarioIssues(openedScenario.issues)
    }
    const writeAddress = (): void => {
      const next = scenario.withScenario(new URL(location.href), withDefaults(deckState.calc))
      if (next.href !== location.href)
        history.replaceState(history.state, '', next)
    }
    wanted = () => new URLSearchParams(scenario.withScenario(new URL('http://x/'), withDefaults(deckState.calc)).search).toString()
    if (wanted() !== opened)
      writeAddress()
    watch(wanted, writeAddress)
  }
  const begin = (): void => {
    start().catch((e: unknown) => {
      console.error(`[deck] could not load the scenario code: ${(e as Error).message}`)
    })
  }
  if (opened)
    begin()
  else
    watch(() => Object.keys(deckState.calc).length > 0, has => has && begin(), { immediate: true })
}
