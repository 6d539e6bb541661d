// Two Slidev processes of one checkout write the same generated module (node_modules/.slidev/virtual/):
// a reader must never find it torn, which is what failed a build beside the dev server
// ("default" is not exported by ".../import-glob.<hash>.ts"). scripts/slidev-atomic-writes.js is
// preloaded into every Slidev process (scripts/slidev.ts); here a writer writes the way Slidev does
// (a named `writeFileSync` import) while a reader reads, with and without the preload.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const PRELOAD = resolve(import.meta.dirname, '../../scripts/slidev-atomic-writes.js')
const work = mkdtempSync(join(tmpdir(), 'deck-writes-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const SIZE = 4 << 20
/** Writes `file` 100 times, as Slidev does, while the parent's reader reads it. */
const WRITER = `
import { writeFileSync } from 'node:fs'
const content = 'export default 1\\n' + '/' + '/'.repeat(${SIZE})
for (let i = 0; i < 100; i++) writeFileSync(process.argv[1], content, 'utf-8')
`

function run(args: string[]): Promise<number | null> {
  return new Promise((r) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' })
    child.on('close', r)
  })
}

/** How many reads, of all, found the file neither missing nor whole while the writer wrote it. */
async function tornReads(dir: string, preload: boolean): Promise<{ torn: number, reads: number }> {
  const folder = join(work, dir, 'node_modules/.slidev/virtual')
  mkdirSync(folder, { recursive: true })
  const file = join(folder, 'import-glob.0123456789.ts')
  const { readFileSync } = await import('node:fs')
  const writer = run([...preload ? ['--import', pathToFileURL(PRELOAD).href] : [], '--input-type=module', '-e', WRITER, file])
  const state = { done: false }
  void writer.then(() => (state.done = true))
  let torn = 0
  let reads = 0
  while (!state.done) {
    try {
      const length = readFileSync(file).length
      reads++
      if (length !== SIZE + 'export default 1\n/'.length)
        torn++
    }
    catch { /* not written yet */ }
    await new Promise(r => setImmediate(r))
  }
  expect(await writer).toBe(0)
  expect(readFileSync(file, 'utf8').startsWith('export default 1')).toBe(true)
  // nothing of the writer's own left beside the module
  expect(readdirSync(folder)).toEqual(['import-glob.0123456789.ts'])
  return { torn, reads }
}

describe('slidev-atomic-writes.js: a generated module is read whole or not at all', () => {
  it('without it, a reader beside the writer finds the file torn (the failure it prevents)', async () => {
    const { torn, reads } = await tornReads('plain', false)
    expect(reads).toBeGreaterThan(0)
    expect(torn).toBeGreaterThan(0)
  })

  it('with it, never', async () => {
    const { torn, reads } = await tornReads('preloaded', true)
    expect(reads).toBeGreaterThan(0)
    expect(torn).toBe(0)
  })
})
