// The layers point down: a scan of every import of the source tree, by folder (scripts/layers.ts, which
// also prints the map: `npx tsx scripts/layers.ts`).
import { describe, expect, it } from 'vitest'
import { folderOf, FORBIDDEN, FORBIDDEN_PACKAGES, forbiddenPackages, layerMap, localImports, sourceFiles, upwardImports } from '../../scripts/layers'

describe('layers', () => {
  const imports = localImports()

  it('the scan sees the source tree', () => {
    expect(sourceFiles().length).toBeGreaterThan(100)
    expect(imports.some(([a, b]) => a === 'components/Fig.vue' && b.startsWith('i18n/'))).toBe(true)
    expect(layerMap(imports).components?.i18n).toBeGreaterThan(0)
  })

  it('no folder imports a layer above it', () => {
    expect(upwardImports(imports)).toEqual([])
  })

  it('model/ imports nothing of Vue, i18next, Slidev or Node', () => {
    expect(forbiddenPackages()).toEqual([])
  })

  it('the rules hold what the layers promise: model/ no Vue, i18next or Slidev; state/ and i18n/ no component', () => {
    for (const p of ['vue', 'i18next', 'i18next-vue', '@slidev/client', '@slidev/types'])
      expect(FORBIDDEN_PACKAGES.model!.test(p), p).toBe(true)
    expect(FORBIDDEN.state).toContain('components')
    expect(FORBIDDEN.i18n).toContain('components')
  })

  it('state/ and i18n/ hold no view: no .vue file, no component', () => {
    const bad = imports.filter(([from, to]) => ['state', 'i18n', 'model'].includes(folderOf(from)) && to.endsWith('.vue'))
    expect(bad).toEqual([])
  })

  it('finds a planted violation', () => {
    const planted: [string, string][] = [['model/x.ts', 'components/T.vue'], ['state/x.ts', 'i18n/runtime'], ['state/y.ts', 'components/calc/state'], ['i18n/x.ts', 'components/Fig.vue'], ['components/x.vue', 'i18n/core']]
    expect(upwardImports(planted)).toEqual(['model/x.ts → components/T.vue', 'state/x.ts → i18n/runtime', 'state/y.ts → components/calc/state', 'i18n/x.ts → components/Fig.vue'])
  })
})
