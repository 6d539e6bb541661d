// The one place that starts the Slidev CLI of this project (node_modules/.bin/slidev): the dev server of
// the tests and benchmarks (harness.ts), the export build (export/build.ts), the site build (build.ts) and
// the benchmark builds (bench/proc.ts). The installed binary, not `npx`, so the version is the locked one;
// the same environment everywhere, so a warning silenced or a variable set here holds for all of them.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..')

/** Preloaded into every Slidev process: its generated modules are written whole (see the file). */
const ATOMIC_WRITES = join(ROOT, 'scripts/slidev-atomic-writes.js')

/** The deck's entry file. */
export const DECK_ENTRY = join(ROOT, 'slides.md')

export interface SlidevOptions {
  /** Working folder (default: the project). */
  cwd?: string
  /** Added to this process's environment. */
  env?: Record<string, string>
  /** `inherit`: Slidev writes to this terminal; `pipe` (default): its output is read by the caller. */
  stdio?: 'inherit' | 'pipe'
  /**
   * Its own process group (default: true when piped), so that `stopSlidev` ends Vite and esbuild with it;
   * an inherited terminal's Ctrl-C reaches the whole group anyway.
   */
  detached?: boolean
}

/** Starts `slidev <args>`. */
export function spawnSlidev(args: readonly string[], options: SlidevOptions = {}): ChildProcess {
  const stdio = options.stdio ?? 'pipe'
  return spawn(join(ROOT, 'node_modules/.bin/slidev'), [...args], {
    cwd: options.cwd ?? ROOT,
    env: {
      ...process.env,
      // Vite's notice about its native config loader says nothing about this deck
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
      // two Slidev processes of this checkout write the same files without tearing them (slidev-atomic-writes.js)
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${pathToFileURL(ATOMIC_WRITES).href}`].filter(Boolean).join(' '),
      ...options.env,
    },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? stdio === 'pipe',
  })
}

/** Ends a Slidev started by `spawnSlidev` with its children (the whole group when detached). */
export function stopSlidev(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-child.pid!, signal)
  }
  catch { // not a group leader (started with `detached: false`), or already gone
    child.kill(signal)
  }
}

/** Everything a piped Slidev has written so far (stdout and stderr together), read as it comes. */
export function collectOutput(child: ChildProcess): () => string {
  let log = ''
  const append = (d: unknown): void => {
    log += String(d)
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  return () => log
}

/**
 * Runs `slidev <args>` to its end; rejects with its exit code and the last 20 lines of its output when it
 * fails. `onStart` gets the process (to stop it if the caller is interrupted).
 */
export async function runSlidev(args: readonly string[], options: SlidevOptions & { onStart?: (child: ChildProcess) => void } = {}): Promise<void> {
  const child = spawnSlidev(args, options)
  options.onStart?.(child)
  const log = collectOutput(child)
  const code = await new Promise<number | null>((r) => {
    child.on('error', () => r(-1))
    child.on('close', r)
  })
  if (code !== 0)
    throw new Error(`slidev ${args[0] ?? ''} failed (exit ${code}):\n${log().trim().split('\n').slice(-20).join('\n')}`)
}
