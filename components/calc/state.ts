// The calculators' state: the synced deck state, except in print/export, where every calculator
// shows the article's default values whatever the live session holds, or the scenario the export
// was asked for (`npm run export -- --scenario ...` puts it in the print window's address).
import type { ComputedRef } from 'vue'
import type { CalculatorsState } from '../../model/calculators'
import { useNav } from '@slidev/client/composables/useNav.ts'
import { reactive } from 'vue'
import { defaultCalculatorsState, withDefaults } from '../../model/calculators'
import { deckState, updateDeckState } from '../../state/deck'
import { openedScenario } from '../../state/scenario'
import { calculatorsReadOnly } from '../../state/trust'
import { loadCalculatorRules } from '../../state/validate'

// a calculator on screen: the shared inputs are taken through their rules from now on
void loadCalculatorRules()

const printState = reactive(openedScenario?.state ?? defaultCalculatorsState())

export interface CalcStateAccess {
  /** The current state (a getter: another window's update may replace `deckState.calc` as a whole). */
  get: () => CalculatorsState
  /** Replace one calculator's state, in every window. */
  set: <K extends keyof CalculatorsState>(key: K, value: CalculatorsState[K]) => void
  /** The fields only show the presenter's values (a window that may not drive the talk). */
  readOnly?: ComputedRef<boolean>
}

/** The state a calculator reads and writes. */
export function useCalcState(): CalcStateAccess {
  const { isPrintMode } = useNav()
  return {
    get: () => (isPrintMode.value ? printState : withDefaults(deckState.calc)),
    set: (key, value) => {
      if (isPrintMode.value)
        printState[key] = value
      else updateDeckState({ calc: { [key]: value } })
    },
    readOnly: calculatorsReadOnly,
  }
}
