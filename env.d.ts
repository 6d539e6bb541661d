/// <reference types="vite/client" />
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

// Build-time globals that Slidev's client sources use (defined by its Vite plugin).
declare const __DEV__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean

/** Each locale file's `meta` (its language's name, number system and unit words), by code: defined in vite.config.ts. */
declare const __DECK_LOCALE_META__: Record<string, { nativeName: string }> | undefined

interface ImportMetaEnv {
  /** Language of a build or an export: `en` (default) or `zh`. */
  readonly VITE_DECK_LANG?: string
  /** `1` in the hall bundle (`npm run build -- --hall`): it follows the speaker and never drives. */
  readonly VITE_DECK_HALL?: string
  /** The hall bundle's feed, when it is not the socket of the server that served it (another host). */
  readonly VITE_DECK_HALL_FEED?: string
}

declare module 'server-reactive:deck' {
  const state: import('./state/deck').SharedDeckState
  export default state
}

// Slidev's client imports file-saver (untyped) for its browser exporter.
declare module 'file-saver'
