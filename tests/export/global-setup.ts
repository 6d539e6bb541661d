// Made once per run for every export test (vitest `globalSetup`):
// - one export build, `npm run export -- --build-only`; tests print from it with `--from-build`, as
//   an organiser re-printing would;
// - the default export from it, every PDF, as `npm run export` writes them, with the system's fonts
//   narrowed to one Latin directory (fontconfig.ts): the PDFs are read by pdf.test.ts, and they are
//   the "one font directory" half of fonts.test.ts.
import type { TestProject } from 'vitest/node'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BASE_FONTS, fontconfig, NO_BASE_FONTS } from './fontconfig'
import { runExport } from './pdf-tools'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the shared export build. */
    exportBuild: string
    /** Folder of the default export's PDFs, printed from that build with the fonts narrowed. */
    exportPdfs: string
    /** Font cache folder of that export's narrowed fontconfig (filled if Chromium read the file). */
    exportFontCache: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!BASE_FONTS)
    throw new Error(NO_BASE_FONTS)
  const dir = mkdtempSync(join(tmpdir(), 'deck-export-'))
  const build = join(dir, 'build')
  const pdfs = join(dir, 'pdf')
  mkdirSync(pdfs)
  const fail = (what: string, r: Awaited<ReturnType<typeof runExport>>): never => {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`${what} failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  }
  let started = performance.now()
  const built = await runExport(['--build-only', build])
  if (built.code !== 0)
    fail('the export build', built)
  // eslint-disable-next-line no-console
  console.log(`export tests: deck built for printing in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  started = performance.now()
  const fc = fontconfig(join(dir, 'fonts'), [BASE_FONTS])
  const exported = await runExport(['--out', pdfs, '--from-build', build], { FONTCONFIG_FILE: fc.file })
  if (exported.code !== 0)
    fail('the default export', exported)
  // eslint-disable-next-line no-console
  console.log(`export tests: every PDF printed (fonts narrowed to ${BASE_FONTS}) in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  project.provide('exportBuild', build)
  project.provide('exportPdfs', pdfs)
  project.provide('exportFontCache', fc.cache)
  return () => rmSync(dir, { recursive: true, force: true })
}
