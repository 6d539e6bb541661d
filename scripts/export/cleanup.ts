// What must be undone if the export stops early: its temporary PDFs and build folder, the Slidev build
// and the static servers it started. Interrupting it (SIGINT/SIGTERM) undoes them and exits 130/143.
import type { ChildProcess } from 'node:child_process'
import type { StaticServer } from '../static-server'
import { rmSync } from 'node:fs'
import process from 'node:process'
import { stopSlidev } from '../slidev'
import { EXIT } from './cli'

export const tempFiles = new Set<string>()
export const tempDirs = new Set<string>()
export const children = new Set<ChildProcess>()
export const servers = new Set<StaticServer>()

/** Undoes everything registered above, at once (it must also run from a signal handler). */
export function cleanupSync(): void {
  for (const child of children) stopSlidev(child)
  for (const server of servers) void server.close()
  for (const file of tempFiles) rmSync(file, { force: true })
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  children.clear()
  servers.clear()
  tempFiles.clear()
  tempDirs.clear()
}

/** On SIGINT/SIGTERM: say so, undo, exit 130/143. */
export function onSignals(): void {
  for (const [signal, code] of [['SIGINT', EXIT.sigint], ['SIGTERM', EXIT.sigterm]] as const) {
    process.on(signal, () => {
      console.error(`\nexport: interrupted (${signal}); no PDF was replaced, temporary files removed.`)
      cleanupSync()
      process.exit(code)
    })
  }
}
