// The language in the address: `?lang=` selects it at load, and stays in the URL, in step with the
// language shown, as the presenter moves and switches (the address survives a reload).
import type { Ref } from 'vue'
import type { Router } from 'vue-router'
import { watch } from 'vue'

/** `?lang=` of the current address, or null. */
export function langInAddress(): string | null {
  return new URL(location.href).searchParams.get('lang')
}

/** A print window (export): `?print` or Slidev's `/export` page. */
export function isPrintAddress(): boolean {
  const url = new URL(location.href)
  return url.searchParams.has('print') || /\/export\/?$/.test(url.pathname)
}

/** Keeps `?lang=` in the address equal to `lang`. */
export function syncLangInAddress(router: Router, lang: Readonly<Ref<string>>): void {
  // Every navigation keeps `?lang=` in the URL.
  router.beforeEach((to) => {
    if (to.query.lang !== lang.value)
      return { ...to, query: { ...to.query, lang: lang.value } }
  })

  // On a switch: rewrite the address bar only (a router navigation costs a frame; the guard above
  // puts ?lang= back on the next navigation anyway).
  function writeUrlLang(code: string): void {
    const url = new URL(location.href)
    if (url.searchParams.get('lang') !== code) {
      url.searchParams.set('lang', code)
      history.replaceState(history.state, '', url)
    }
  }

  // Deep links such as /3?lang=zh: only touch the route once the router has resolved it, then fix
  // a missing or unknown ?lang= through the router.
  void router.isReady().then(() => {
    const route = router.currentRoute.value
    if (route.query.lang !== lang.value)
      void router.replace({ ...route, query: { ...route.query, lang: lang.value } })
    watch(lang, writeUrlLang)
  })
}
