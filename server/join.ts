// Joining in one scan: with `--remote` the dev server knows the laptop's address on the venue's
// network; it prints the audience's address and its QR code in the terminal, and answers
// JOIN_PATH with it for the presenter view (components/JoinCode.vue). The address is the hall's
// (the built bundle, server/hall.ts) when it is built, else the audience view at the root: never the
// presenter's, never its password.
import type { Plugin } from 'vite'
import os from 'node:os'
import { renderUnicodeCompact } from 'uqr'
import { HALL_BASE } from '../state/hall-protocol'
import { audienceAddress, JOIN_PATH } from '../state/join-address'
import { hallBuilt, hallDir } from './hall'

/** The audience address on the first IPv4 network address of this machine that is not loopback. */
export function networkAudienceUrl(port: number, base = '/', interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces()): string | undefined {
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (String(i.family).endsWith('4') && !i.internal && !i.address.startsWith('127.'))
        return audienceAddress(`http://${i.address}:${port}${base.startsWith('/') ? base : `/${base}`}`)
    }
  }
  return undefined
}

export function joinCode(): Plugin {
  return {
    name: 'deck:join',
    apply: 'serve',
    configureServer(server) {
      // Slidev listens on every address only with --remote (host 0.0.0.0); otherwise on localhost
      const host = server.config.server.host
      const remote = host === true || (typeof host === 'string' && host !== 'localhost' && !host.startsWith('127.'))
      let port: number | undefined
      const dir = hallDir(server.config.root)
      // phones get the hall bundle once it is built (asked at each request: it may be built while the server runs)
      const url = (): string | undefined => port === undefined || !remote
        ? undefined
        : networkAudienceUrl(port, hallBuilt(dir) ? HALL_BASE : server.config.base)
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address()
        port = typeof address === 'object' && address ? address.port : server.config.server.port ?? 3030
        const shown = url()
        if (shown) {
          const code = renderUnicodeCompact(shown, { border: 2 })
          const note = hallBuilt(dir)
            ? `  (the hall bundle of ${dir}: built, compressed; \`npm run hall\` rebuilds it after a change of the slides)`
            : `  no hall bundle in ${dir}: phones load the dev server (~13 MB each).\n  For a hall, \`npm run hall -- <password>\` builds it and starts the talk.`
          // after Slidev's own banner; the terminal is where the speaker looks at start
          // eslint-disable-next-line no-console
          setTimeout(() => console.log(`\n  audience (phones)    > ${shown}\n${note}\n\n${code}\n`), 500)
        }
      })
      server.middlewares.use(JOIN_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json')
        res.setHeader('Cache-Control', 'no-store')
        res.end(JSON.stringify({ url: url() ?? null }))
      })
    },
  }
}
