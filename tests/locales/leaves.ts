/** A locale file as a tree of strings. */
export interface Tree { [k: string]: string | Tree }

/** Every leaf of a locale as [dotted key, string]. */
export function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k
    return typeof v === 'string' ? [[key, v] as [string, string]] : leaves(v, key)
  })
}
