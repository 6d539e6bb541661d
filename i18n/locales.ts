// Locale files in the browser: each language is a chunk of its own, added to the deck's i18next
// instance when first needed. A window starts with the language it shows (and the fallback) and
// fetches the others once the page is idle, so a switch normally finds its words already there.
import type { i18n as I18n } from 'i18next'
import type { LanguageRegistry, LocaleResource } from '../locales/languages'
import { LANGUAGES, registerLocaleMeta } from '../locales/languages'
import { languageCodes } from './core'

const loading = new WeakMap<I18n, Map<string, Promise<void>>>()
const complete = new WeakMap<I18n, Set<string>>()

/** Records that the instance holds the whole locale file of each of `codes`. */
export function markLocalesLoaded(i18n: I18n, codes: string[]): void {
  const set = complete.get(i18n) ?? new Set<string>()
  codes.forEach(c => set.add(c))
  complete.set(i18n, set)
}

function loadsOf(i18n: I18n): Map<string, Promise<void>> {
  let m = loading.get(i18n)
  if (!m) {
    m = new Map()
    loading.set(i18n, m)
  }
  return m
}

/** The locale file of `code` (from its own chunk); rejects when the registry has no such language. */
export async function loadLocale(code: string, registry: LanguageRegistry = LANGUAGES): Promise<LocaleResource> {
  const info = registry[code]
  if (!info)
    throw new Error(`no language "${code}" in the registry`)
  return (await info.load()).default
}

/** True when all of `code`'s words are in the instance (loaded at start, or added since). */
export function hasLocale(i18n: I18n, code: string): boolean {
  return complete.get(i18n)?.has(code) ?? false
}

/** Adds `code`'s locale file to the instance, once; resolves when its words are there. */
export function ensureLocale(i18n: I18n, code: string, registry: LanguageRegistry = LANGUAGES): Promise<void> {
  const loads = loadsOf(i18n)
  let p = loads.get(code)
  if (!p) {
    p = hasLocale(i18n, code)
      ? Promise.resolve()
      : loadLocale(code, registry).then((resource) => {
          registerLocaleMeta(code, resource.meta)
          i18n.addResourceBundle(code, 'translation', resource, true, true)
          markLocalesLoaded(i18n, [code])
        })
    p.catch(() => loads.delete(code)) // a failed load is tried again on the next request
    loads.set(code, p)
  }
  return p
}

/** Calls `fn` when the browser is idle (`requestIdleCallback`, or a short timeout where it is missing). */
export function whenIdle(fn: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => fn(), { timeout })
  else
    setTimeout(fn, 50)
}

/**
 * Fetches every language not loaded yet, after `delayMs` and then when the browser is idle: the
 * first slide gets the network and the main thread to itself, and `L` finds the words already there.
 */
export function prefetchLocales(i18n: I18n, delayMs = 1000, registry: LanguageRegistry = LANGUAGES): void {
  setTimeout(() => whenIdle(() => {
    for (const code of languageCodes(registry)) {
      ensureLocale(i18n, code, registry).catch((e: unknown) => {
        console.error(`[i18n] could not load the ${code} locale: ${(e as Error).message}`)
      })
    }
  }), delayMs)
}
