import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleBilingual, toggleLang } from '../i18n/runtime'

// `L` switches English ⇄ 简体中文 on every screen, on the same slide and click step (in the bilingual
// view it swaps which language leads); `B` turns the bilingual view on and off.
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'toggle-language', key: 'l', fn: toggleLang, autoRepeat: false },
  { name: 'toggle-bilingual', key: 'b', fn: toggleBilingual, autoRepeat: false },
])
