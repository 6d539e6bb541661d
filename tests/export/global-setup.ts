// One export build for every export test (vitest `globalSetup`): `npm run export -- --build-only`,
// made once per run; the tests print from it with `--from-build`, as an organiser re-printing would.
import type { TestProject } from 'vitest/node'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runExport } from './pdf-tools'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the shared export build. */
    exportBuild: string
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-export-build-'))
  const started = performance.now()
  const r = await runExport(['--build-only', dir])
  if (r.code !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`the export build failed (${r.code}):\n${r.stdout}\n${r.stderr}`)
  }
  // eslint-disable-next-line no-console
  console.log(`export tests: deck built for printing in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  project.provide('exportBuild', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
