// The language in the address: `?lang=` selects it at load, and stays in the URL, in step with the
// language shown, as the presenter moves and switches (the address survives a reload). The
// bilingual view rides beside it: `?lang=zh&also=en` (Chinese leads, English beneath).
import type { Ref } from 'vue'
import type { LocationQuery, Router } from 'vue-router'
import { watch } from 'vue'

/** `?lang=` of the current address, or null. */
export function langInAddress(): string | null {
  return new URL(location.href).searchParams.get('lang')
}

/** `?also=` of the current address (the bilingual view's second language), or null. */
export function alsoInAddress(): string | null {
  return new URL(location.href).searchParams.get('also')
}

/** A print window (export): `?print` or Slidev's `/export` page. */
export function isPrintAddress(): boolean {
  const url = new URL(location.href)
  return url.searchParams.has('print') || /\/export\/?$/.test(url.pathname)
}

/**
 * The query an address should have for the view shown: `lang` set, `also` set in the bilingual view
 * and absent otherwise, everything else kept. Undefined when `query` already says so.
 */
export function viewQuery(query: LocationQuery, lang: string, also: string | undefined): LocationQuery | undefined {
  if (query.lang === lang && (query.also ?? undefined) === also)
    return undefined
  const { also: _dropped, ...rest } = query
  return also ? { ...rest, lang, also } : { ...rest, lang }
}

/** Keeps `?lang=` (and `?also=`) in the address equal to the language (and second language) shown. */
export function syncLangInAddress(router: Router, lang: Readonly<Ref<string>>, also?: Readonly<Ref<string | undefined>>): void {
  const alsoNow = (): string | undefined => also?.value
  // Every navigation keeps `?lang=` (and `?also=`) in the URL.
  router.beforeEach((to) => {
    const query = viewQuery(to.query, lang.value, alsoNow())
    if (query)
      return { ...to, query }
  })

  // On a switch: rewrite the address bar only (a router navigation costs a frame; the guard above
  // puts ?lang= back on the next navigation anyway), after the frame that shows the new language:
  // `history.replaceState` waits on the browser process, which took about a third of `L`'s time
  // when it ran in the key's task (bench/RESULTS.md).
  let pending = false
  function writeUrlViewLater(): void {
    if (pending)
      return
    pending = true
    requestAnimationFrame(() => setTimeout(() => {
      pending = false
      writeUrlView()
    }))
  }
  function writeUrlView(): void {
    const url = new URL(location.href)
    const code = lang.value
    const second = alsoNow()
    if (url.searchParams.get('lang') === code && (url.searchParams.get('also') ?? undefined) === second)
      return
    url.searchParams.set('lang', code)
    if (second)
      url.searchParams.set('also', second)
    else
      url.searchParams.delete('also')
    history.replaceState(history.state, '', url)
  }

  // Deep links such as /3?lang=zh: only touch the route once the router has resolved it, then fix
  // a missing or unknown ?lang= (or ?also=) through the router.
  void router.isReady().then(() => {
    const route = router.currentRoute.value
    const query = viewQuery(route.query, lang.value, alsoNow())
    if (query)
      void router.replace({ ...route, query })
    watch([lang, () => alsoNow()], writeUrlViewLater)
  })
}
