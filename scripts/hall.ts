// `npm run hall -- <password> [more dev-server arguments]`: the talk for a hall in one command. Builds
// the phones' bundle (`npm run build -- --hall` → dist-hall/, so it holds the slides as they are now),
// then starts the dev server with `--remote <password>`, which serves that bundle to phones under
// /hall/ and prints its address and QR code (server/hall.ts, server/join.ts).
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { spawnSlidev } from './slidev'

const ROOT = resolve(import.meta.dirname, '..')
const [password, ...rest] = process.argv.slice(2)
if (!password || password.startsWith('-')) {
  console.error('usage: npm run hall -- <password> [slidev dev-server arguments]\n(the password opens the presenter view: /presenter?password=<password>)')
  process.exit(64)
}

const build = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/build.ts'), '--hall'], { cwd: ROOT, stdio: 'inherit' })
build.on('close', (code) => {
  if (code !== 0) {
    console.error(`hall: the phones' bundle did not build (exit ${code}); nothing started`)
    process.exit(code ?? 1)
  }
  const dev = spawnSlidev(['--open=false', '--remote', password, ...rest], { stdio: 'inherit', detached: false })
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => dev.kill(signal))
  dev.on('close', c => process.exit(c ?? 0))
})
