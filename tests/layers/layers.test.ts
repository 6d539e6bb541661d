// The layers point down (DESIGN.md): a scan of every import of the source tree, by folder.
import { describe, expect, it } from 'vitest'
import { folderOf, localImports, packageImports, sourceFiles } from './imports'

/** Folders each folder must not import (the layers above it, and what only tests or tools use). */
const FORBIDDEN: Record<string, string[]> = {
  model: ['components', 'i18n', 'state', 'setup', 'pages', 'scripts', 'server', 'bench', 'tests', 'locales'],
  locales: ['components', 'i18n', 'state', 'setup', 'pages', 'scripts', 'server', 'bench', 'tests'],
  state: ['components', 'i18n', 'setup', 'pages', 'scripts', 'bench', 'tests'],
  i18n: ['components', 'setup', 'pages', 'scripts', 'server', 'bench', 'tests'],
  server: ['components', 'i18n', 'setup', 'pages', 'scripts', 'bench', 'tests'],
  components: ['setup', 'pages', 'scripts', 'server', 'bench', 'tests'],
  setup: ['components', 'scripts', 'server', 'bench', 'tests'],
  pages: ['setup', 'scripts', 'server', 'bench', 'tests'],
  scripts: ['components', 'pages', 'bench', 'tests'],
  bench: ['components', 'setup', 'pages', 'tests'],
}
/** Packages a folder must not import: model/ is pure TypeScript; state/ holds no view. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  model: /^(?:vue|i18next|i18next-vue|@slidev\/.*|@unhead\/.*|node:.*)$/,
  locales: /^(?:vue|i18next|i18next-vue|@slidev\/.*|@unhead\/.*)$/,
}

describe('layers', () => {
  const imports = localImports()

  it('the scan sees the source tree', () => {
    expect(sourceFiles().length).toBeGreaterThan(100)
    expect(imports.some(([a, b]) => a === 'components/Fig.vue' && b.startsWith('i18n/'))).toBe(true)
  })

  it('no folder imports a layer above it', () => {
    const bad = imports
      .filter(([from, to]) => FORBIDDEN[folderOf(from)]?.includes(folderOf(to)))
      .map(([from, to]) => `${from} → ${to}`)
    expect(bad).toEqual([])
  })

  it('model/ imports nothing of Vue, i18next, Slidev or Node', () => {
    const bad = sourceFiles()
      .filter(f => FORBIDDEN_PACKAGES[folderOf(f)])
      .flatMap(f => packageImports(f).filter(p => FORBIDDEN_PACKAGES[folderOf(f)]!.test(p)).map(p => `${f} → ${p}`))
    expect(bad).toEqual([])
  })

  it('state/ and i18n/ hold no view: no .vue file, no component', () => {
    const bad = imports.filter(([from, to]) => ['state', 'i18n', 'model'].includes(folderOf(from)) && to.endsWith('.vue'))
    expect(bad).toEqual([])
  })

  it('finds a planted violation', () => {
    const planted: [string, string][] = [['model/x.ts', 'components/T.vue'], ['state/x.ts', 'i18n/runtime']]
    expect(planted.filter(([from, to]) => FORBIDDEN[folderOf(from)]?.includes(folderOf(to)))).toHaveLength(2)
  })
})
