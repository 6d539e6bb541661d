// `npm run build`: the static site (Slidev's `slidev build`), plus the talk's PDFs when they exist.
// Every argument goes to `slidev build` (e.g. `--base /talk/` to host under a sub-folder, `--out dir`);
// `--pdfs <dir>` (default exports/) is where `npm run export` put the PDFs. Each PDF of the talk found
// there (slides, handouts, the bilingual slides: model/pdf-files.ts) is copied to the site's root and
// linked from the nav bar (components/PdfDownloads.vue, which reads the list from VITE_DECK_PDFS).
// `--hall` builds the phones' bundle instead: for the dev server's /hall/ (server/hall.ts), into
// dist-hall/ unless `--out` says otherwise, following the speaker over the hall's socket (state/hall.ts).
import { copyFileSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { languageCodes } from '../i18n/core'
import { allPdfs, pdfEntry, pdfName } from '../model/pdf-files'
import { HALL_BASE } from '../state/hall-protocol'
import { parseBuildArgs } from './build-args'
import { spawnSlidev } from './slidev'

const ROOT = resolve(import.meta.dirname, '..')

const args = parseBuildArgs(process.argv.slice(2))
const pdfDir = resolve(args.pdfs ?? join(ROOT, 'exports'))
const outDir = resolve(ROOT, args.out ?? (args.hall ? 'dist-hall' : 'dist'))
const given = (name: string): boolean => args.slidev.some(a => a === name || a.startsWith(`${name}=`))
const slidevArgs = args.hall
  ? [...args.slidev, ...given('--base') ? [] : ['--base', HALL_BASE], ...args.out ? [] : ['--out', outDir]]
  : args.slidev

const pdfs = allPdfs(languageCodes()).filter(p => existsSync(join(pdfDir, pdfName(p.lang, p.kind))))
const files = pdfs.map(p => pdfName(p.lang, p.kind))
const child = spawnSlidev(['build', ...slidevArgs], { stdio: 'inherit', env: { VITE_DECK_PDFS: pdfs.map(pdfEntry).join(','), VITE_DECK_HALL: args.hall ? '1' : '' } })
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill(signal))
child.on('close', (code) => {
  if (code !== 0)
    process.exit(code ?? 1)
  for (const file of files)
    copyFileSync(join(pdfDir, file), join(outDir, file))
  console.log(files.length
    ? `build: PDFs in the site: ${files.join(', ')}`
    : `build: no PDFs in ${pdfDir} (run \`npm run export\` first to offer them on the site)`)
})
