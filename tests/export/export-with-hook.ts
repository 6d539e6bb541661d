// The export (scripts/export.ts) as its own process, with a test hook passed in as an option:
//   tsx tests/export/export-with-hook.ts <what>:<lang>[:<kind>] <export arguments...>
// what: `truncate` cuts the fresh temporary PDF in half, as a crash mid-write would; `hold` waits with
// it written but not yet checked, to be interrupted. kind: slides (default) or handout.
import { statSync } from 'node:fs'
import { truncate } from 'node:fs/promises'
import process from 'node:process'
import { runCli } from '../../scripts/export/run'

const [spec = '', ...args] = process.argv.slice(2)
const [what, lang, kind = 'slides'] = spec.split(':')

runCli(args, {
  async afterPrint(file, job) {
    if (job.lang !== lang || job.kind !== kind)
      return
    if (what === 'truncate')
      await truncate(file, Math.floor(statSync(file).size / 2))
    if (what === 'hold') {
      process.stdout.write(`export: ${lang} ${kind} held before its check (test hook)\n`)
      await new Promise(r => setTimeout(r, 60_000))
    }
  },
})
