// Child processes and temporary folders of a benchmark run, all undone at the end (on errors and Ctrl-C too).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from '../scripts/harness'
import { DECK_ENTRY, runSlidev, stopSlidev } from '../scripts/slidev'

const cleanups: (() => Promise<void> | void)[] = []

/** Registers something to undo when the run ends. */
export function onCleanup(fn: () => Promise<void> | void): void {
  cleanups.unshift(fn)
}

/** Undoes everything registered, newest first; never throws. */
export async function cleanupAll(): Promise<void> {
  for (const fn of cleanups.splice(0)) {
    try {
      await fn()
    }
    catch (e) {
      console.error(`bench: cleanup: ${(e as Error).message}`)
    }
  }
}

/** A temporary folder, removed at the end. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `deck-bench-${prefix}-`))
  onCleanup(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Runs a command to completion (own process group, killed if the run is interrupted); returns its wall time in ms. */
export async function run(cmd: string, args: string[], opts: { cwd?: string, env?: Record<string, string> } = {}): Promise<number> {
  const started = performance.now()
  const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const kill = (): void => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    }
    catch {}
  }
  onCleanup(kill)
  let log = ''
  child.stdout!.on('data', (d) => {
    log += String(d)
  })
  child.stderr!.on('data', (d) => {
    log += String(d)
  })
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(-1))
    child.on('close', resolve)
  })
  if (code !== 0)
    throw new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${log.trim().split('\n').slice(-20).join('\n')}`)
  return performance.now() - started
}

/** `slidev <args>` to its end (stopped if the run is interrupted); returns its wall time in ms. */
async function timeSlidev(args: string[], cwd?: string): Promise<number> {
  const started = performance.now()
  await runSlidev(args, { cwd, onStart: child => onCleanup(() => stopSlidev(child)) })
  return performance.now() - started
}

/** `slidev build` of this deck into `out`; returns the wall time in ms. */
export function buildDeck(out: string): Promise<number> {
  return timeSlidev(['build', DECK_ENTRY, '--out', out])
}

/**
 * A one-slide Slidev deck with the same theme and no font provider, built with this project's
 * node_modules: the baseline of what Slidev itself costs. Returns its dist folder and the wall time.
 */
export async function buildMinimalDeck(): Promise<{ dist: string, ms: number }> {
  const dir = tempDir('minimal')
  writeFileSync(join(dir, 'slides.md'), '---\ntheme: default\nfonts:\n  provider: none\n---\n\n# Hello\n')
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const dist = join(dir, 'dist')
  const ms = await timeSlidev(['build', join(dir, 'slides.md'), '--out', dist], dir)
  return { dist, ms }
}
