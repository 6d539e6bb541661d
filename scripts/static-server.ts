// One static file server for a built deck, used by the export (scripts/export.ts), the browser tests
// (scripts/harness.ts) and the benchmarks (bench/run.ts, through the harness).
// History routing: a path that is not a file gets `index.html`, as Slidev's router expects.
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
}

export interface StaticServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number
  /** The site lives under this path (default `/`); other paths answer 404. */
  base?: string
  /** Answer a request with a redirect to the returned address (path and query), or serve it when undefined. */
  redirect?: (url: URL, req: IncomingMessage) => string | undefined
}

export interface StaticServer {
  /** `http://127.0.0.1:<port><base without its trailing slash>` */
  url: string
  port: number
  close: () => Promise<void>
}

/** Serves the folder `dir` on loopback until `close()`. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir)
  const base = options.base ?? '/'
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const target = options.redirect?.(url, req)
    if (target !== undefined) {
      res.writeHead(302, { location: target }).end()
      return
    }
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    }
    catch {
      res.writeHead(400).end()
      return
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    let file = normalize(join(root, path.slice(base.length)))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html')
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  // Slidev's exporter asks for http://localhost:<port>; Chromium resolves that to loopback.
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(options.port ?? 0, '127.0.0.1', ok))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    port,
    close: () => new Promise((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}
