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

/** A 200 answer made once: the body to send and its headers, for one encoding and cache rule. */
interface Answer {
  body: Buffer
  headers: Readonly<Record<string, string | number>>
}

/** A hashed asset's three answers (brotli, gzip, as it is), made on its first request. */
interface AssetAnswers {
  br: Answer
  gzip: Answer
  plain: Answer
}

type Encoding = 'br' | 'gzip' | undefined

function answer(entry: Entry, encoding: Encoding, cacheControl: string): Answer {
  const body = encoding === 'br' ? entry.br ?? entry.gzip : encoding === 'gzip' ? entry.gzip : undefined
  const headers: Record<string, string | number> = {
    'content-type': entry.type,
    'cache-control': cacheControl,
    'etag': entry.etag,
    'vary': 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    'content-length': (body ?? entry.raw).length,
  }
  if (body)
    headers['content-encoding'] = body === entry.br ? 'br' : 'gzip'
  return { body: body ?? entry.raw, headers }
}

/**
 * pickEncoding per distinct header: a hall's phones send a handful of them, and 300 phones × 80
 * requests need not split each one again. Bounded, so that made-up headers cannot fill memory.
 */
const encodings = new Map<string, Encoding>()
function encodingOf(header: string | string[] | undefined): Encoding {
  const key = String(header ?? '')
  if (encodings.has(key))
    return encodings.get(key)
  const e = pickEncoding(header)
  if (encodings.size < 64)
    encodings.set(key, e)
  return e
}

/** The encoding to send, from an Accept-Encoding header: `br`, `gzip` or none (a `;q=0` refuses one). */
export function pickEncoding(header: string | string[] | undefined): Encoding {
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
 * A hashed asset (under assets/: Vite names it by its content) is answered from then on straight
 * from memory by its request path: no stat, no path resolution, headers made once; its name changes
 * when its content does, so the copy in memory cannot be stale. The page is checked on every request.
 */
export function createHallHandler(dir: () => string): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const cache = new Map<string, Promise<Entry>>()
  /** Hashed assets by the folder and the path they were asked by. */
  const assets = new Map<string, AssetAnswers>()

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

  /** Sends a hashed asset known already; false when it is not one. */
  function fromMemory(req: IncomingMessage, res: ServerResponse, folder: string, path: string): boolean {
    const known = assets.get(`${folder}\0${path}`)
    if (!known)
      return false
    const a = known[encodingOf(req.headers['accept-encoding']) ?? 'plain']
    res.writeHead(200, a.headers)
    res.end(req.method === 'HEAD' ? undefined : a.body)
    return true
  }

  async function serve(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return next()
    const url = req.url ?? '/'
    const folder = dir()
    const path = url.split(/[?#]/)[0] || '/'
    if (path.startsWith('/assets/') && fromMemory(req, res, folder, path))
      return
    const root = resolve(folder)
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
    if (immutable) {
      const answers = { br: answer(entry, 'br', IMMUTABLE), gzip: answer(entry, 'gzip', IMMUTABLE), plain: answer(entry, undefined, IMMUTABLE) }
      // kept by the path only when it names the file as it is (no `.`, `//` or escapes): one key per
      // file, so that made-up spellings of a path cannot fill memory
      if (file === root + path)
        assets.set(`${folder}\0${path}`, answers)
      const a = answers[encodingOf(req.headers['accept-encoding']) ?? 'plain']
      res.writeHead(200, a.headers)
      res.end(req.method === 'HEAD' ? undefined : a.body)
      return
    }
    if (req.headers['if-none-match'] === entry.etag) {
      const { headers } = answer(entry, undefined, REVALIDATE)
      const { 'content-length': _length, ...unchanged } = headers
      res.writeHead(304, unchanged).end()
      return
    }
    const a = answer(entry, encodingOf(req.headers['accept-encoding']), REVALIDATE)
    res.writeHead(200, a.headers)
    res.end(req.method === 'HEAD' ? undefined : a.body)
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
 * A websocket text frame as a server sends it (RFC 6455 §5.2: FIN, opcode 1, no mask) around
 * `payload`, which must be UTF-8 text.
 */
export function textFrame(payload: Buffer): Buffer {
  const n = payload.length
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10
  const frame = Buffer.allocUnsafe(head + n)
  frame[0] = 0x81
  if (n < 126) {
    frame[1] = n
  }
  else if (n < 65536) {
    frame[1] = 126
    frame.writeUInt16BE(n, 2)
  }
  else {
    frame[1] = 127
    frame.writeBigUInt64BE(BigInt(n), 2)
  }
  payload.copy(frame, head)
  return frame
}

/** How long one fan-out took on the server: absolute times (ms since the epoch) and its CPU time. */
export interface FanOutTiming {
  key: FeedKey
  sockets: number
  start: number
  end: number
  cpuMs: number
}

/**
 * The speaker's states, relayed to every phone on its websocket: each state as last accepted (a
 * phone that connects, or comes back, gets them at once), then every change. A change is encoded
 * and framed once, and the same frame is written to every phone's socket as it is: a fan-out to
 * 1,000 phones is 1,000 writes of one buffer (ws's own send would build a header, an options object
 * and two writes for each). Safe beside ws's own writes on the same socket (the first states, pings)
 * since nothing of ours is compressed or queued: each write is a whole frame.
 */
export class HallHub implements DeckPublisher {
  private readonly latest = new Map<FeedKey, Buffer>()
  /** Each phone's websocket, and the socket under it (the one given to the upgrade). */
  readonly sockets = new Map<WebSocket, Duplex>()
  /** Sockets that answered the last ping (or connected since). */
  private readonly alive = new WeakSet<WebSocket>()
  private readonly beatFrame = textFrame(Buffer.from(JSON.stringify({ k: 'beat' })))
  /** Told of each fan-out when set (a benchmark's figures; off otherwise, and then nothing is timed). */
  onFanOut: ((t: FanOutTiming) => void) | undefined

  publish(key: FeedKey, value: unknown): void {
    const timed = this.onFanOut
    const start = timed ? performance.timeOrigin + performance.now() : 0
    const cpu = timed ? process.cpuUsage() : undefined
    const text = encodeHallMessage(key, value)
    if (text === undefined)
      return
    const bytes = Buffer.from(text)
    this.latest.set(key, bytes)
    const frame = textFrame(bytes)
    let sent = 0
    for (const [ws, raw] of this.sockets) {
      if (ws.readyState === WebSocket.OPEN) {
        raw.write(frame)
        sent++
      }
    }
    if (timed) {
      const used = process.cpuUsage(cpu)
      timed({ key, sockets: sent, start, end: performance.timeOrigin + performance.now(), cpuMs: (used.user + used.system) / 1000 })
    }
  }

  /**
   * A phone's websocket and the socket under it: the current states at once; what it sends is
   * dropped (a viewer never writes).
   */
  attach(ws: WebSocket, raw: Duplex): void {
    this.sockets.set(ws, raw)
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
    for (const [ws, raw] of this.sockets) {
      if (!this.alive.delete(ws)) {
        ws.terminate()
        continue
      }
      ws.ping()
      if (ws.readyState === WebSocket.OPEN)
        raw.write(this.beatFrame)
    }
  }

  close(): void {
    for (const ws of this.sockets.keys()) ws.terminate()
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
      // the folder is fixed for the server's life (asking its path on each request would resolve it each time)
      const folder = hallDir(server.config.root)
      const dir = () => folder
      server.middlewares.use(HALL_BASE.replace(/\/$/, ''), createHallHandler(dir))
      // one socket per phone, beside Vite's own (which takes only its `vite-hmr` protocol)
      const wss = new WebSocketServer({ noServer: true, maxPayload: 1024, perMessageDeflate: false })
      server.httpServer?.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (pathOf(req.url) !== HALL_SOCKET_PATH)
          return
        wss.handleUpgrade(req, socket, head, ws => hub.attach(ws, socket))
      })
      // for the benchmark: when each fan-out started and ended (absolute ms) and its CPU time, on stdout
      if (process.env.DECK_HALL_TIMING === '1')
        hub.onFanOut = t => process.stdout.write(`hall-timing ${t.key} ${t.sockets} ${t.start.toFixed(3)} ${t.end.toFixed(3)} ${t.cpuMs.toFixed(3)}\n`)
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
