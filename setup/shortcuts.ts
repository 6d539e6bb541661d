import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleLang } from '../i18n/runtime'

// `L` switches English ⇄ 简体中文 on every screen, on the same slide and click step.
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'toggle-language', key: 'l', fn: toggleLang, autoRepeat: false },
])
