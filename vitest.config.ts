import type { TestSpecification } from 'vitest/node'
import { readdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { BaseSequencer } from 'vitest/node'
import { localeMeta } from './vite.config'

/**
 * vitest's order (failed first, then slowest first), but the file that restarts the browser tests' shared
 * dev server last (tests/e2e/restart.test.ts): a file after it would wait for Vite to compile the deck again.
 */
class RestartLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const restarts = (f: TestSpecification): boolean => f.moduleId.endsWith('/tests/e2e/restart.test.ts')
    return [...sorted.filter(f => !restarts(f)), ...sorted.filter(restarts)]
  }
}

/** The tests' folder, wherever vitest is started from. */
const TESTS = fileURLToPath(new URL('tests', import.meta.url))
/** The unit tests' folders: model, locales, formatting, state, components; no browser. */
const UNIT_DIRS = ['model', 'locales', 'i18n', 'components', 'server', 'state', 'styles', 'layers']
const UNIT = `tests/{${UNIT_DIRS.join(',')}}/**/*.test.ts`
/**
 * The unit files that replace a module with `vi.mock` (the `unit-mocking` project): found by reading them,
 * so that a new one cannot land among the files that share their modules.
 */
const MOCKING = readdirSync(TESTS, { recursive: true, encoding: 'utf8' })
  .filter(f => UNIT_DIRS.includes(f.split(sep)[0]!) && f.endsWith('.test.ts') && /\bvi\.(?:do)?mock\(/.test(readFileSync(join(TESTS, f), 'utf8')))
  .map(f => `tests/${f.split(sep).join('/')}`)
  .sort()

/**
 * The browser, site and export parts: a part's files run one at a time (they share its server, build or
 * browser), and in one worker: they keep no state in the modules they share, so Playwright and the
 * helpers are imported once per part, not once per file (browser part: 16-27 s of imports → 2 s).
 */
const oneAtATime = { environment: 'node', fileParallelism: false, isolate: false } as const

// Five projects; `npm test` runs four parts side by side:
// - `unit`: model, locales, formatting, state, components (happy-dom); no browser. With `unit-mocking`
//   (its files that replace a module), `npm run test:unit`.
// - `browser`: Playwright driving a system Chromium against one shared Slidev dev server, both
//   started once for the whole run (tests/e2e/global-setup.ts); files one after the other, since
//   they share the deck's synced state.
// - `site`: the static site as a reader's host serves it, built once (tests/site/global-setup.ts),
//   and one Chromium: what needs no speaker (the stage and slides walks, the phone reader's layout,
//   one window's language and bilingual view, the static build's own windows). No server state, so
//   it runs beside `browser`.
// - `export`: the static build and the PDF export, read back with poppler; one export build shared
//   by the export tests (tests/export/global-setup.ts).
export default defineConfig({
  plugins: [vue()],
  // what the deck's build defines: every locale's meta (i18n/languages.ts)
  define: { __DECK_LOCALE_META__: JSON.stringify(localeMeta) },
  test: {
    // the browser and export projects each run their files one at a time, side by side; unit files
    // fill the third worker (2 cores: most of a browser test's time is spent waiting on Chromium)
    maxWorkers: 3,
    sequence: { sequencer: RestartLast },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [UNIT],
          exclude: MOCKING,
          environment: 'node',
          // the files share a worker's modules (no module graph imported again per file: 30 → 16–19 core-s alone);
          // they keep no state between them, checked by running them shuffled (README → Tests)
          isolate: false,
          // npm test runs these beside the type check and lint on 2 cores: a property test that takes
          // 4 s alone can pass 5 s there
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // the unit files that replace a module (vi.mock): each needs a module graph of its own
          name: 'unit-mocking',
          include: MOCKING,
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          ...oneAtATime,
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          ...oneAtATime,
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'export',
          include: ['tests/export/**/*.test.ts'],
          ...oneAtATime,
          globalSetup: ['tests/export/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
