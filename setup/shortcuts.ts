import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { toggleBilingual, toggleLang } from '../i18n/runtime'
import { toggleJoinCode } from '../state/join'

// `L` switches English ⇄ 简体中文 on every screen, on the same slide and click step (in the bilingual
// view it swaps which language leads); `B` turns the bilingual view on and off; `J` puts the
// audience's QR code on the projected slide (with `--remote`), until the next key.
export default defineShortcutsSetup((_nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'toggle-language', key: 'l', fn: toggleLang, autoRepeat: false },
  { name: 'toggle-bilingual', key: 'b', fn: toggleBilingual, autoRepeat: false },
  { name: 'toggle-join', key: 'j', fn: toggleJoinCode, autoRepeat: false },
])
