// The export's command line: its arguments (read with Node's own `util.parseArgs`), usage and exit codes.
import type { Kind } from '../../model/pdf-files'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs as parseNodeArgs } from 'node:util'
import { languageCodes, parseLang } from '../../i18n/core'
import { KINDS } from '../../model/pdf-files'
import { decodeScenario, encodeScenario } from '../../model/scenario-params'

const ROOT = resolve(import.meta.dirname, '../..')

export const EXIT = { ok: 0, failed: 1, noBrowser: 2, usage: 64, sigint: 130, sigterm: 143 } as const

export const USAGE = `Usage: npm run export -- [--lang ${languageCodes().join('|')}] [--only ${KINDS.join(',')}] [--out <dir>]
  --lang <code>  export one language only (default: every language)
  --only <kinds> the slides, the handouts, the bilingual slides or the bilingual handout only, or a comma
                 list of them (default: all)
  --out <dir>    where the PDFs go (default: exports/)
  --from-build <dir>  print from an export build made earlier (\`npm run export -- --build-only <dir>\`)
                 instead of building the deck again
  --build-only <dir>  build the deck for printing into <dir> and print nothing
  --scenario <q> print the calculators with the scenario of an address query, e.g.
                 "train.gpus=50000&train.pue=1.2" (default: the article's values)
Env: CHROMIUM_PATH  the Chromium/Chrome executable (default: searched in the usual places)`

export interface Args {
  langs: string[]
  kinds: Kind[]
  outDir: string
  scenario: [string, string][]
  /** An export build made earlier, printed from instead of building again. */
  fromBuild?: string
  /** Only build the deck for printing, into this folder. */
  buildOnly?: string
}

/**
 * The calculator parameters of `--scenario` (an address query, or a whole address), normalized; a
 * message when a parameter fails its field's rule or there is none (the export would not show it).
 */
export function parseScenarioArg(text: string | undefined): [string, string][] | string {
  if (!text)
    return '--scenario needs an address query, e.g. "train.gpus=50000&train.pue=1.2"'
  const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text
  const decoded = decodeScenario(new URLSearchParams(query.split('#')[0]))
  if (!decoded.present)
    return `--scenario has no calculator parameter (train.*, fleet.*, req.*): ${text}`
  if (decoded.issues.length)
    return `--scenario: ${decoded.issues.map(i => `${i.calculator}.${i.field}: ${i.reason}`).join(', ')}`
  return encodeScenario(decoded.state)
}

const OPTIONS = {
  'lang': { type: 'string' },
  'only': { type: 'string' },
  'out': { type: 'string' },
  'from-build': { type: 'string' },
  'build-only': { type: 'string' },
  'scenario': { type: 'string' },
  'help': { type: 'boolean', short: 'h' },
} as const

/**
 * The export's arguments, or a message saying what is wrong with them (`''` for `--help`). Each flag
 * takes its value inline (`--lang=zh`) or as the next argument; a later flag wins over an earlier one.
 */
export function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { langs: languageCodes(), kinds: [...KINDS], outDir: join(ROOT, 'exports'), scenario: [] }
  // not strict: an unknown flag or a missing value gets our own message, not Node's
  const { tokens } = parseNodeArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true })
  for (const token of tokens) {
    if (token.kind !== 'option' || !Object.hasOwn(OPTIONS, token.name))
      return `unknown argument ${argv[token.index]}`
    const value = token.value
    switch (token.name as keyof typeof OPTIONS) {
      case 'help':
        return ''
      case 'lang': {
        const code = parseLang(value)
        if (!code)
          return `unknown language; use one of ${languageCodes().join(', ')}`
        args.langs = [code]
        break
      }
      case 'only': {
        const asked = (value ?? '').split(',')
        const chosen = KINDS.filter(k => asked.includes(k))
        if (!asked.length || chosen.length !== new Set(asked).size)
          return `--only takes ${KINDS.join(' or ')}, or a comma list of them`
        args.kinds = chosen
        break
      }
      case 'from-build': {
        if (!value)
          return `--from-build needs a folder`
        args.fromBuild = resolve(value)
        if (!existsSync(join(args.fromBuild, 'index.html')))
          return `--from-build: ${args.fromBuild} holds no build (no index.html)`
        break
      }
      case 'build-only':
        if (!value)
          return `--build-only needs a folder`
        args.buildOnly = resolve(value)
        break
      case 'out':
        if (!value)
          return '--out needs a folder'
        args.outDir = resolve(value)
        break
      case 'scenario': {
        const parsed = parseScenarioArg(value)
        if (typeof parsed === 'string')
          return parsed
        args.scenario = parsed
        break
      }
    }
  }
  return args
}
