// Which language each component renders in, so that a switch re-renders the slide on screen first.
// Slidev keeps mounted slides hidden with v-show (here the neighbours of the one on screen,
// setup/preload.ts; Slidev itself keeps every slide): re-rendering them all in the key's task made
// `L` slower than turning a slide (bench/RESULTS.md).
// Here a component inside a slide follows a language ref of its own slide: the slide on screen
// takes the new language in the same tick, the hidden ones after the next frame, one per idle
// callback (nearest first), or at once when shown. Components outside slides (nav bar, tab title)
// and slides in the other views (overview, presenter's next-slide preview) follow at once.
import type { i18n as I18n } from 'i18next'
import type { ComponentInternalInstance, Ref, ShallowRef } from 'vue'
// with its extension, as Slidev's own generated code imports it (its dev server does not resolve the bare subpath)
import { injectionCurrentPage, injectionRenderContext } from '@slidev/client/constants.ts'
import { getCurrentInstance, inject, shallowRef, watch } from 'vue'
import { dynamicT } from './dynamic-key'
import { whenIdle } from './locales'

/** Slidev render contexts whose hidden slides may catch up later (the others show every slide they hold). */
const DEFERRABLE = new Set(['slide', 'presenter'])

type Translate = (key: string, options?: unknown) => string

export interface SlideLanguageOptions {
  /** the language this window shows (reactive) */
  lang: Readonly<Ref<string>>
  /** number of the slide on screen (reactive getter) */
  shownSlide: () => number
}

/**
 * A value each slide takes in turn: the slide on screen at once (in the change's tick), hidden slides
 * after the next frame, one per idle callback (nearest first), or at once when shown. Returns the ref of
 * slide `no`. Used for the language (below) and the bilingual view's second language (slideAwareAlso).
 */
function followPerSlide<T>(source: Readonly<Ref<T>>, shownSlide: () => number): (no: number) => ShallowRef<T> {
  const perSlide = new Map<number, ShallowRef<T>>()
  const slideRef = (no: number): ShallowRef<T> => {
    let r = perSlide.get(no)
    if (!r) {
      r = shallowRef(source.value) as ShallowRef<T>
      perSlide.set(no, r)
    }
    return r
  }
  // Hidden slides catch up one per idle callback, nearest to the shown slide first.
  let catchingUp = false
  const catchUpStep = (): void => {
    const target = source.value
    const here = shownSlide()
    const stale = [...perSlide].filter(([, r]) => r.value !== target)
    if (!stale.length) {
      catchingUp = false
      return
    }
    stale.sort((a, b) => Math.abs(a[0] - here) - Math.abs(b[0] - here))[0]![1].value = target
    whenIdle(catchUpStep, 500)
  }
  watch(source, (value) => {
    slideRef(shownSlide()).value = value
    if (!catchingUp) {
      catchingUp = true
      requestAnimationFrame(() => setTimeout(catchUpStep)) // after the frame that shows the slide on screen
    }
  }, { flush: 'sync' })
  // A slide shown before it caught up takes the value with the navigation that shows it.
  watch(shownSlide, (no) => {
    const r = perSlide.get(no)
    if (r && r.value !== source.value)
      r.value = source.value
  }, { flush: 'sync' })
  return slideRef
}

/**
 * The ref the component being set up or rendered follows: its slide's, in a render context whose hidden
 * slides may catch up later; else (nav bar, tab title, overview, presenter's next-slide preview, outside
 * a component) the window's own.
 */
function callerRef<T>(owners: WeakMap<ComponentInternalInstance, Readonly<Ref<T>>>, windowRef: Readonly<Ref<T>>, slideRef: (no: number) => ShallowRef<T>): Readonly<Ref<T>> {
  const instance = getCurrentInstance()
  if (!instance)
    return windowRef
  let r = owners.get(instance)
  if (!r) {
    const page = inject(injectionCurrentPage, undefined)
    const context = inject(injectionRenderContext, undefined)
    r = page && context && DEFERRABLE.has(context.value) ? slideRef(page.value) : windowRef
    owners.set(instance, r)
  }
  return r
}

/**
 * The bilingual view's second language per slide, for i18n/also.ts (`setAlsoScope`): `B` shows the
 * second language on the slide on screen first, as `L` does the language; call the result in a
 * component's setup.
 */
export function slideAwareAlso(also: Readonly<Ref<string | undefined>>, shownSlide: () => number): () => Readonly<Ref<string | undefined>> {
  const slideRef = followPerSlide(also, shownSlide)
  const owners = new WeakMap<ComponentInternalInstance, Readonly<Ref<string | undefined>>>()
  return () => callerRef(owners, also, slideRef)
}

/**
 * The deck's i18next instance as the components see it (pass it to i18next-vue with `rerenderOn: []`):
 * `t`, `getFixedT(null)` and `language` answer in the language of the caller's slide, and reading
 * them makes the caller re-render when that slide's language changes.
 */
export function slideAwareI18n(i18n: I18n, { lang, shownSlide }: SlideLanguageOptions): I18n {
  const slideLang = followPerSlide(lang, shownSlide)
  // The language ref of the component being set up or rendered (outside a component: the window's).
  const owners = new WeakMap<ComponentInternalInstance, Readonly<Ref<string>>>()
  const langOfCaller = (): Readonly<Ref<string>> => callerRef(owners, lang, slideLang)

  const withLng = (options: unknown, lng: string): unknown =>
    options && typeof options === 'object' ? { lng, ...options } : options === undefined ? { lng } : { lng, defaultValue: options }
  const t: Translate = (key, options) => dynamicT(i18n.t)(key, withLng(options, langOfCaller().value) as Record<string, unknown> | undefined)
  // The deck has one namespace and no key prefix (i18n/core.ts): `ns` is that one, a prefix is a mistake.
  const getFixedT = (lng: string | null, _ns?: string | null, keyPrefix?: string): Translate => {
    if (keyPrefix)
      throw new Error(`getFixedT: the deck uses no key prefix (${keyPrefix})`)
    if (lng) {
      const fixed = dynamicT(i18n.getFixedT(lng))
      return (key, options) => fixed(key, options as Record<string, unknown> | undefined)
    }
    const own = langOfCaller()
    const fixed = dynamicT(i18n.getFixedT(null, null))
    return (key, options) => fixed(key, withLng(options, own.value) as Record<string, unknown> | undefined)
  }
  const bound = new Map<PropertyKey, unknown>()
  return new Proxy(i18n, {
    get(target, prop) {
      if (prop === 't')
        return t
      if (prop === 'getFixedT')
        return getFixedT
      if (prop === 'language' || prop === 'resolvedLanguage')
        return langOfCaller().value
      const value: unknown = Reflect.get(target, prop, target)
      if (typeof value !== 'function')
        return value
      if (!bound.has(prop))
        bound.set(prop, (value as (...a: unknown[]) => unknown).bind(target))
      return bound.get(prop)
    },
  })
}
