// `npx tsx scripts/layers.ts`: the layer map — which folder of the project imports which (static, dynamic
// and type imports, read from the source text: a plain scan of `import … from '…'` and `import('…')`) —
// and every import that reaches a layer it must not. tests/layers/layers.test.ts fails on such an import;
// this prints the map to read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'

export const ROOT = resolve(import.meta.dirname, '..')
const SKIP = new Set(['node_modules', 'dist', 'exports', '.git', '.slidev', 'public'])

/** Every .ts and .vue file of the project, relative to its root. */
export function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name) || e.name.startsWith('.'))
      return []
    const path = join(dir, e.name)
    if (e.isDirectory())
      return sourceFiles(path)
    return /\.(?:ts|vue)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [relative(ROOT, path)] : []
  })
}

/** The module names a file imports (static, dynamic and type imports alike; re-exports included). */
export function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8')
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map(m => m[1]!)
}

/** The folder a file belongs to: its first path segment, or `.` for the files at the root. */
export const folderOf = (file: string): string => file.includes('/') ? file.split('/')[0]! : '.'

/** A relative import resolved against the project (a folder stands for its index). */
function target(file: string, m: string): string {
  const path = resolve(ROOT, dirname(file), m)
  return relative(ROOT, existsSync(path) && statSync(path).isDirectory() ? join(path, 'index') : path)
}

/** Every relative import as [importing file, imported file]. */
export function localImports(): [string, string][] {
  return sourceFiles().flatMap(file => importsOf(file)
    .filter(m => m.startsWith('.'))
    .map(m => [file, target(file, m)] as [string, string]))
}

/** Packages a file imports (bare names: `vue`, `i18next`, `@slidev/client`…). */
export function packageImports(file: string): string[] {
  return importsOf(file).filter(m => !m.startsWith('.') && !m.startsWith('/'))
}

/**
 * Folders each folder must not import: the layers above it, and what only tests or tools use. model/ is
 * pure TypeScript; locales/ are data (and the language registry); state/ holds the deck's state, no view;
 * i18n/ the words and numbers, no component; setup/ wires them into Slidev.
 */
export const FORBIDDEN: Record<string, string[]> = {
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

/** Packages a folder must not import: model/ is pure TypeScript (no Vue, i18next, Slidev or Node); locales/ are data. */
export const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  model: /^(?:vue|i18next|i18next-vue|@slidev\/.*|@unhead\/.*|node:.*)$/,
  locales: /^(?:vue|i18next|i18next-vue|@slidev\/.*|@unhead\/.*)$/,
}

/** Imports that reach a folder above (by `FORBIDDEN`), as `from → to`. */
export function upwardImports(imports: [string, string][] = localImports()): string[] {
  return imports
    .filter(([from, to]) => FORBIDDEN[folderOf(from)]?.includes(folderOf(to)))
    .map(([from, to]) => `${from} → ${to}`)
}

/** Packages a folder must not import, as `file → package`. */
export function forbiddenPackages(): string[] {
  return sourceFiles()
    .filter(f => FORBIDDEN_PACKAGES[folderOf(f)])
    .flatMap(f => packageImports(f).filter(p => FORBIDDEN_PACKAGES[folderOf(f)]!.test(p)).map(p => `${f} → ${p}`))
}

/** Folder → the folders it imports, with how many imports of each, sorted. */
export function layerMap(imports: [string, string][] = localImports()): Record<string, Record<string, number>> {
  const map: Record<string, Record<string, number>> = {}
  for (const [from, to] of imports) {
    const [a, b] = [folderOf(from), folderOf(to)]
    if (a !== b)
      (map[a] ??= {})[b] = (map[a]?.[b] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(map).sort().map(([k, v]) => [k, Object.fromEntries(Object.entries(v).sort())]))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const imports = localImports()
  for (const [folder, targets] of Object.entries(layerMap(imports)))
    process.stdout.write(`${folder.padEnd(11)} → ${Object.entries(targets).map(([to, n]) => `${to} (${n})`).join(', ')}\n`)
  const bad = [...upwardImports(imports), ...forbiddenPackages()]
  process.stdout.write(bad.length ? `\nimports that reach up (${bad.length}):\n${bad.map(b => `  ${b}`).join('\n')}\n` : '\nno import reaches up\n')
  process.exitCode = bad.length ? 1 : 0
}
