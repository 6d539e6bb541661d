// The deck's own imports, read from the source text (a plain scan of `import … from '…'` and `import('…')`):
// which file imports which, and by folder. Used by the layer test and to print the layer map.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'

export const ROOT = resolve(import.meta.dirname, '../..')
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

/** Folder → the folders it imports, sorted. */
export function layerMap(): Record<string, string[]> {
  const map: Record<string, Set<string>> = {}
  for (const [from, to] of localImports()) {
    const [a, b] = [folderOf(from), folderOf(to)]
    if (a !== b)
      (map[a] ??= new Set()).add(b)
  }
  return Object.fromEntries(Object.entries(map).sort().map(([k, v]) => [k, [...v].sort()]))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [folder, targets] of Object.entries(layerMap()))
    process.stdout.write(`${folder.padEnd(11)} → ${targets.join(', ')}\n`)
}
