// The arguments of `npm run build`, read with Node's own parser: `--pdfs <dir>` and `--hall` are ours,
// `--out`/`-o` is read (the PDFs are copied there) and passed on, and every other argument goes to
// `slidev build` as given.
import { parseArgs } from 'node:util'

export interface BuildArgs {
  /** Where `npm run export` put the PDFs (absolute or relative to the working directory), if given. */
  pdfs?: string
  /** The site's folder, as given to `--out`/`-o`, if given. */
  out?: string
  /** `--hall`: the phones' bundle, served by the dev server under /hall/ (scripts/build.ts). */
  hall?: true
  /** The arguments for `slidev build`, untouched (a value may hold '=', as in `--base=/a=b/`). */
  slidev: string[]
}

export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const { values, tokens } = parseArgs({
    args: [...args],
    options: { pdfs: { type: 'string' }, out: { type: 'string', short: 'o' }, hall: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const ours = new Set<number>()
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'hall')
      ours.add(token.index)
    if (token.kind === 'option' && token.name === 'pdfs') {
      ours.add(token.index)
      if (!token.inlineValue && token.value !== undefined)
        ours.add(token.index + 1)
    }
  }
  const str = (v: unknown): string | undefined => typeof v === 'string' ? v : undefined
  return { pdfs: str(values.pdfs), out: str(values.out), ...values.hall === true ? { hall: true as const } : {}, slidev: args.filter((_, i) => !ours.has(i)) }
}
