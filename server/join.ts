// Joining in one scan: with `--remote` the dev server knows the laptop's address on the venue's
// network; it prints the audience's address and its QR code in the terminal, and answers
// JOIN_PATH with it for the presenter view (components/JoinCode.vue). The address is the audience
// view's, at the root: never the presenter's, never its password.
import type { Plugin } from 'vite'
import os from 'node:os'
import { renderUnicodeCompact } from 'uqr'
import { audienceAddress, JOIN_PATH } from '../state/join-address'

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
      let url: string | undefined
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address()
        const port = typeof address === 'object' && address ? address.port : server.config.server.port ?? 3030
        url = remote ? networkAudienceUrl(port, server.config.base) : undefined
        if (url) {
          const code = renderUnicodeCompact(url, { border: 2 })
          // after Slidev's own banner; the terminal is where the speaker looks at start
          // eslint-disable-next-line no-console
          setTimeout(() => console.log(`\n  audience (phones)    > ${url}\n\n${code}\n`), 500)
        }
      })
      server.middlewares.use(JOIN_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json')
        res.setHeader('Cache-Control', 'no-store')
        res.end(JSON.stringify({ url: url ?? null }))
      })
    },
  }
}
