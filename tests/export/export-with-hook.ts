import { statSync } from 'node:fs'
// The export (scripts/export.ts) as its own process, with a test hook passed in as an option:
//   tsx tests/export/export-with-hook.ts <what>:<lang>[:<kind>] <export arguments...>
// what: `truncate` cuts the fresh temporary PDF in half, as a crash mid-write would; `hold` waits with
// it written but not yet checked, to be interrupted. kind: slides (default) or handout.
// With DECK_TEST_PRINTED=<folder>, nothing is printed: each PDF is copied from that folder (PDFs the
// real export printed), since these tests are about what the export does around the printing.
import { copyFile, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { pdfName } from '../../model/pdf-files'
import { runCli } from '../../scripts/export/run'

const [spec = '', ...args] = process.argv.slice(2)
const [what, lang, kind = 'slides'] = spec.split(':')
const printed = process.env.DECK_TEST_PRINTED

runCli(args, {
  print: printed ? job => copyFile(join(printed, pdfName(job.lang, job.kind)), job.output) : undefined,
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
