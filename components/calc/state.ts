// The calculators' state: the synced deck state, except in print/export, where every calculator
// shows the article's default values whatever the live session holds.
import type { CalculatorsState } from '../../model/calculators'
import { useNav } from '@slidev/client'
import { reactive } from 'vue'
import { deckState } from '../../i18n/deck-state'
import { defaultCalculatorsState } from '../../model/calculators'

const printState = reactive(defaultCalculatorsState())

/**
 * Getter of the state a calculator reads and writes. A getter, not the object: another window's
 * update may replace `deckState.calc` as a whole.
 */
export function useCalcState(): () => CalculatorsState {
  const { isPrintMode } = useNav()
  return () => (isPrintMode.value ? printState : deckState.calc)
}
