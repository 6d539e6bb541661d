// The hall: with `--remote`, phones get the built deck (`npm run build -- --hall` → dist-hall/, built
// for HALL_BASE) from this same dev server rather than its module graph of ~460 unbundled requests,
// and follow the speaker over one websocket each. Files are served from memory, compressed once
// (brotli or gzip, as the phone accepts), hashed assets with a year's cache; the socket relays, to
// every phone, each state the dev server accepted (Slidev's server-ref, behind server/deck-guard.ts),
// cleaned by the rules the phone applies again (state/hall-protocol.ts). Phones never write: what
// they send is dropped.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Plugin } from 'vite'
import type { DeckPublisher, FeedKey } from '../state/hall-protocol'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlib } from 'node:zlib'
import { WebSocket, WebSocketServer } from 'ws'
import { encodeHallMessage, FEED_KEYS, HALL_BASE, HALL_BEAT_MS, HALL_SOCKET_PATH } from '../state/hall-protocol'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

/** The hall bundle's folder: `DECK_HALL_DIR`, else dist-hall/ of the project. */
export function hallDir(root = process.cwd()): string {
  return resolve(root, process.env.DECK_HALL_DIR || 'dist-hall')
}

/** The folder holds a built hall bundle. */
export function hallBuilt(dir: string): boolean {
  return existsSync(join(dir, 'index.html'))
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
}
/** Worth compressing (fonts, images and PDFs are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest'])
/** Vite names what it emits under assets/ by a hash of the content: such a file never changes. */
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** Anything else (the page, PDFs): the phone asks again each time and gets 304 when nothing changed. */
const REVALIDATE = 'no-cache'

interface Entry {
  type: string
  raw: Buffer
  br?: Buffer
  gzip?: Buffer
  etag: string
  mtimeMs: number
  size: number
}

/** The encoding to send, from an Accept-Encoding header: `br`, `gzip` or none (a `;q=0` refuses one). */
export function pickEncoding(header: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Set<string>()
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name || params.some(p => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(p)))
      continue
    accepted.add(name)
  }
  return accepted.has('br') ? 'br' : accepted.has('gzip') || accepted.has('*') ? 'gzip' : undefined
}

/**
 * The file a request path names inside `root`, or undefined when it names none it may: a path
 * that does not decode, holds a `..` segment, a backslash or a NUL, or leaves `root` after all.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  }
  catch {
    return undefined
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..'))
    return undefined
  const file = resolve(root, `.${path.startsWith('/') ? path : `/${path}`}`)
  return file === root || file.startsWith(root + sep) ? file : undefined
}

/**
 * Serves the built bundle in `dir()` (asked again on each request, so a bundle built while the
 * server runs is served from then on). `req.url` is the path inside the bundle (connect strips
 * the mount path). Every file is read and compressed once per version (size and time of change),
 * without blocking the server (zlib runs on libuv's threads); 300 phones asking at once share the work.
 */
export function createHallHandler(dir: () => string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const cache = new Map<string, Promise<Entry>>()

  async function load(file: string, mtimeMs: number, size: number): Promise<Entry> {
    const raw = await readFile(file)
    const ext = extname(file)
    const entry: Entry = { type: TYPES[ext] ?? 'application/octet-stream', raw, etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 22)}"`, mtimeMs, size }
    if (COMPRESSIBLE.has(ext) && raw.length > 512) {
      const [br, gzip] = await Promise.all([
        brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gz(raw, { level: 9 }),
      ])
      if (br.length < raw.length)
        entry.br = br
      if (gzip.length < raw.length)
        entry.gzip = gzip
    }
    return entry
  }

  async function entryOf(file: string): Promise<Entry | undefined> {
    const s = await stat(file).catch(() => undefined)
    if (!s?.isFile())
      return undefined
    const cached = cache.get(file)
    if (cached) {
      const e = await cached.catch(() => undefined)
      if (e && e.mtimeMs === s.mtimeMs && e.size === s.size)
        return e
    }
    const loading = load(file, s.mtimeMs, s.size)
    cache.set(file, loading)
    loading.catch(() => cache.delete(file))
    return loading
  }

  async function serve(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
    const root = resolve(dir())
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return next()
    const path = (req.url ?? '/').split(/[?#]/)[0] || '/'
    const file = resolveInside(root, path)
    if (!file) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('hall: bad path\n')
      return
    }
    let entry = await entryOf(file)
    let immutable = false
    if (entry) {
      immutable = path.startsWith('/assets/')
    }
    else if (extname(path) === '' || path.endsWith('/')) {
      // a slide's address (/hall/5, /hall/presenter…): Slidev's router in the bundle's page
      entry = await entryOf(join(root, 'index.html'))
    }
    if (!entry) {
      res.writeHead(hallBuilt(root) ? 404 : 503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
        .end(hallBuilt(root) ? 'hall: not found\n' : 'hall: no bundle built (npm run build -- --hall)\n')
      return
    }
    const headers: Record<string, string | number> = {
      'content-type': entry.type,
      'cache-control': immutable ? IMMUTABLE : REVALIDATE,
      'etag': entry.etag,
      'vary': 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    }
    if (!immutable && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end()
      return
    }
    const encoding = pickEncoding(req.headers['accept-encoding'])
    const body = encoding === 'br' ? entry.br ?? entry.gzip : encoding === 'gzip' ? entry.gzip : undefined
    const sent = body ?? entry.raw
    if (body)
      headers['content-encoding'] = body === entry.br ? 'br' : 'gzip'
    headers['content-length'] = sent.length
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : sent)
  }

  return (req, res, next) => {
    serve(req, res, next).catch((e: unknown) => {
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(`hall: ${(e as Error).message}\n`)
    })
  }
}

/**
 * The speaker's states, relayed to every phone on its websocket: each state as last accepted (a
 * phone that connects, or comes back, gets them at once), then every change. A message is encoded
 * once and the same bytes go to every socket.
 */
export class HallHub implements DeckPublisher {
  private readonly latest = new Map<FeedKey, Buffer>()
  readonly sockets = new Set<WebSocket>()
  /** Sockets that answered the last ping (or connected since). */
  private readonly alive = new WeakSet<WebSocket>()

  publish(key: FeedKey, value: unknown): void {
    const text = encodeHallMessage(key, value)
    if (text === undefined)
      return
    const bytes = Buffer.from(text)
    this.latest.set(key, bytes)
    for (const ws of this.sockets) {
      if (ws.readyState === WebSocket.OPEN)
        ws.send(bytes, { binary: false })
    }
  }

  /** A phone's socket: the current states at once; what it sends is dropped (a viewer never writes). */
  attach(ws: WebSocket): void {
    this.sockets.add(ws)
    this.alive.add(ws)
    ws.on('pong', () => this.alive.add(ws))
    ws.on('message', () => {})
    ws.on('close', () => this.sockets.delete(ws))
    ws.on('error', () => ws.terminate())
    // the position first: when the deck state arrives, a phone knows all of the speaker's (state/hall.ts)
    for (const key of FEED_KEYS) {
      const bytes = this.latest.get(key)
      if (bytes)
        ws.send(bytes, { binary: false })
    }
  }

  /** Every HALL_BEAT_MS: a sign of life to each phone; a socket that did not answer the last ping is closed. */
  beat(): void {
    const beat = Buffer.from(JSON.stringify({ k: 'beat' }))
    for (const ws of this.sockets) {
      if (!this.alive.delete(ws)) {
        ws.terminate()
        continue
      }
      ws.ping()
      ws.send(beat, { binary: false })
    }
  }

  close(): void {
    for (const ws of this.sockets) ws.terminate()
    this.sockets.clear()
  }
}

/** The path of a request (no query), or undefined. */
function pathOf(url: string | undefined): string | undefined {
  return url?.split(/[?#]/)[0]
}

/**
 * Vite plugin (dev server only): the bundle under HALL_BASE and the socket at HALL_SOCKET_PATH,
 * relaying what `hub` is given (vite.config.ts publishes each change server-ref accepts).
 */
export function hall(hub: HallHub): Plugin {
  return {
    name: 'deck:hall',
    apply: 'serve',
    configureServer(server) {
      const dir = () => hallDir(server.config.root)
      server.middlewares.use(HALL_BASE.replace(/\/$/, ''), createHallHandler(dir))
      // one socket per phone, beside Vite's own (which takes only its `vite-hmr` protocol)
      const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false })
      server.httpServer?.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (pathOf(req.url) !== HALL_SOCKET_PATH)
          return
        wss.handleUpgrade(req, socket, head, ws => hub.attach(ws))
      })
      const timer = setInterval(() => hub.beat(), HALL_BEAT_MS)
      timer.unref()
      server.httpServer?.once('close', () => {
        clearInterval(timer)
        hub.close()
        wss.close()
      })
    },
  }
}
