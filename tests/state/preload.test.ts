// Which slides a window mounts (setup/preload.ts): the one on screen and its neighbours, never the
// whole deck; every slide's code is still fetched once the first slide is in.
import type { SlideRoute } from '@slidev/types'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref, shallowReactive } from 'vue'
import { preloadNeighboursOnly, savesData } from '../../setup/preload'

/** Routes as Slidev's slides module makes them: `meta.preload` a getter over the frontmatter (undefined). */
function routes(total: number) {
  const load = vi.fn(() => Promise.resolve({ default: {} }))
  const list = Array.from({ length: total }, (_, i) => ({
    no: i + 1,
    meta: shallowReactive({ get preload() { return undefined as boolean | undefined }, slide: { no: i + 1 } }),
    load,
    component: {},
  })) as unknown as SlideRoute[]
  return { list, load }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('a window mounts the slide on screen and its neighbours', () => {
  it('marks only the slides next to the one on screen as preloadable, and follows the slide', () => {
    vi.useFakeTimers()
    const { list } = routes(39)
    const shown = ref(25)
    preloadNeighboursOnly(ref(list), shown)
    const preloadable = () => list.filter(r => r.meta.preload !== false).map(r => r.no)
    expect(preloadable()).toEqual([24, 25, 26])
    shown.value = 1
    expect(preloadable()).toEqual([1, 2])
    shown.value = 39
    expect(preloadable()).toEqual([38, 39])
  })

  it('mounts the neighbours of the slide on screen and unmounts a slide more than two away, whatever Slidev marked', () => {
    const { list } = routes(39)
    const shown = ref(10)
    preloadNeighboursOnly(ref(list), shown)
    // what SlidesShow.vue mounts: every route marked preloaded, and the one on screen
    const mounted = () => list.filter(r => r.meta.__preloaded || r.no === shown.value).map(r => r.no)
    const slidevMarks = () => {
      for (const r of list.filter(r => r.meta.preload !== false))
        r.meta.__preloaded = true
    }
    slidevMarks()
    expect(mounted()).toEqual([9, 10, 11])
    // back and forth between two slides mounts nothing more and unmounts nothing
    shown.value = 11
    slidevMarks()
    expect(mounted()).toEqual([9, 10, 11, 12])
    shown.value = 10
    expect(mounted()).toEqual([9, 10, 11, 12])
    // forward: a slide three away goes
    shown.value = 11
    shown.value = 12
    slidevMarks()
    expect(mounted()).toEqual([10, 11, 12, 13])
    // a jump: only the new slide and its neighbours
    shown.value = 20
    slidevMarks()
    expect(mounted()).toEqual([19, 20, 21])
    list[4]!.meta.__preloaded = true // a far slide marked by anyone stays unmounted
    expect(mounted()).toEqual([19, 20, 21])
  })

  it('fetches every slide\'s code three seconds after the start, mounting none of them', async () => {
    vi.useFakeTimers()
    const { list, load } = routes(39)
    preloadNeighboursOnly(ref(list), ref(5))
    expect(load).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(3000)
    expect(load).toHaveBeenCalledTimes(39)
    expect(list.filter(r => r.meta.preload !== false)).toHaveLength(3)
  })

  it('fetches nothing ahead when the browser asks to save data, and still mounts the neighbours', async () => {
    vi.useFakeTimers()
    const { list, load } = routes(39)
    const shown = ref(5)
    preloadNeighboursOnly(ref(list), shown, { fetchAll: false })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(load).not.toHaveBeenCalled()
    expect(list.filter(r => r.meta.preload !== false).map(r => r.no)).toEqual([4, 5, 6])
    shown.value = 20
    expect(list.filter(r => r.meta.preload !== false).map(r => r.no)).toEqual([19, 20, 21])
  })
})

describe('save-data: the browser\'s own setting (navigator.connection.saveData)', () => {
  it('is on only when the browser says so', () => {
    expect(savesData({ connection: { saveData: true } } as unknown as Navigator)).toBe(true)
    expect(savesData({ connection: { saveData: false } } as unknown as Navigator)).toBe(false)
    // no Network Information API (Firefox, Safari), or no navigator at all
    expect(savesData({} as Navigator)).toBe(false)
    expect(savesData(undefined)).toBe(false)
  })
})
