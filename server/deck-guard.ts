// The dev server's half of the trust rule (the windows' half is state/trust.ts).
// Slidev's server-ref plugin (vite-plugin-vue-server-ref) receives every change of a shared state
// as an HTTP POST to /@server-reactive/<key>, from a `fetch` in the page, and broadcasts it on
// Vite's websocket. This middleware runs before it and, for the deck's state, lets through only a
// request from a trusted origin (Slidev's list, on this machine) or from a presenter view that
// passed Slidev's password guard, with a well-formed message of bounded size. For every shared
// state it refuses a `__proto__` key, which server-ref's merge would write into Object.prototype.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { Readable } from 'node:stream'
import { deckMessageProblem, MAX_DECK_MESSAGE_CHARS, PRESENTER_COOKIE } from '../state/validate'

/**
 * Hosts Slidev trusts to drive the talk (`TRUST_ORIGINS` in @slidev/client/constants.ts, which
 * Node cannot import here: it is TypeScript inside node_modules). tests/server keeps them equal.
 */
export const TRUST_ORIGINS = ['localhost', '127.0.0.1']

/** Paths of server-ref's POST endpoints: `/@server-ref/<key>` and `/@server-reactive/<key>`. */
const SERVER_REF_POST = /^\/@server-(?:ref|reactive)\/([^?#]+)/
/** The shared states this guard restricts to trusted or authenticated senders. */
const GUARDED_KEYS = new Set(['deck'])
/** Largest body of any server-ref POST read here (drawings can be long SVG paths). */
const MAX_ANY_BODY = 4 * 1024 * 1024

/** The connection comes from this machine (IPv4 127/8, IPv6 ::1, or IPv4-mapped 127/8). */
export function isLoopback(address: string | undefined): boolean {
  if (!address)
    return false
  const a = address.replace(/^::ffff:/, '')
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a)
}

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim())
      }
      catch {
        return undefined
      }
    }
  }
  return undefined
}

/** What the guard needs to know of a request. */
export interface SenderInfo {
  /** Origin header (set by the browser for every POST; a page cannot change it). */
  origin?: string
  host?: string
  cookie?: string
  remoteAddress?: string
}

/**
 * May this sender change the deck's state? Slidev's rule for navigation, on the server: a window on
 * a trusted origin (and, here, really on this machine), or the presenter view, which with
 * `--remote <password>` Slidev opens only with the password. `password` is Slidev's `remote`
 * option: undefined without `--remote`, '' with `--remote` and no password (then Slidev lets anyone
 * open the presenter view, and so does this).
 */
export function senderAllowed(sender: SenderInfo, password: string | undefined): boolean {
  let host: string | undefined
  try {
    host = sender.origin ? new URL(sender.origin).host : sender.host
  }
  catch {
    host = undefined
  }
  // Slidev's own expression: location.host.split(':')[0]
  if (host !== undefined && TRUST_ORIGINS.includes(host.split(':')[0] ?? '') && isLoopback(sender.remoteAddress))
    return true
  const presenter = cookieValue(sender.cookie, PRESENTER_COOKIE)
  return presenter !== undefined && (password ? presenter === password : true)
}

/** True when a JSON text has a `__proto__` key anywhere (or is not JSON at all). */
export function hasProtoKey(json: string): boolean {
  let found = false
  try {
    JSON.parse(json, (key, value) => {
      if (key === '__proto__')
        found = true
      return value
    })
  }
  catch {
    return true
  }
  return found
}

/** Why a deck POST body is refused, or undefined (server-ref's `{ source, patch | data, timestamp }`). */
export function deckBodyProblem(body: string): string | undefined {
  if (body.length > MAX_DECK_MESSAGE_CHARS * 2)
    return 'oversized'
  let payload: unknown
  try {
    // server-ref writes `undefined` as this marker; it stands for a removed key
    payload = JSON.parse(body, (_key, value) => (value === '__UNDEFINED___' ? undefined : value))
  }
  catch {
    return 'not JSON'
  }
  if (typeof payload !== 'object' || payload === null)
    return 'not an object'
  const p = payload as { patch?: unknown, data?: unknown }
  return deckMessageProblem(p.patch ?? p.data)
}

function refuse(res: ServerResponse, status: number, why: string): void {
  res.statusCode = status
  res.setHeader('content-type', 'text/plain; charset=utf-8')
  res.end(`deck guard: ${why}\n`)
}

/** Read a request body up to `max` bytes (undefined when longer). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max)
        chunks.push(chunk)
    })
    req.on('error', reject)
    req.on('end', () => resolve(size <= max ? Buffer.concat(chunks) : undefined))
  })
}

/**
 * Hand the body, already read here, to the next middleware (server-ref reads it with
 * `req.on('data' | 'error' | 'end')`); other events still reach the real request.
 */
function replayBody(req: IncomingMessage, body: Buffer): void {
  const source = Readable.from([body])
  const on = req.on.bind(req)
  req.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event === 'data' || event === 'end' || event === 'error')
      source.on(event, listener)
    else on(event, listener)
    return req
  }) as typeof req.on
}

/** Slidev's `remote` option (the password), from its own configs module. */
async function slidevPassword(server: ViteDevServer): Promise<string | undefined> {
  const mod = await server.ssrLoadModule('/@slidev/configs') as { default?: { remote?: unknown } }
  const remote = mod.default?.remote
  return typeof remote === 'string' ? remote : undefined
}

/** Vite plugin: the guard in front of server-ref's endpoints (dev server only). */
export function deckGuard(): Plugin {
  return {
    name: 'deck:state-guard',
    apply: 'serve',
    enforce: 'pre',
    configureServer(server) {
      let password: Promise<string | undefined> | undefined
      server.middlewares.use((req, res, next) => {
        const key = req.method === 'POST' ? SERVER_REF_POST.exec(req.url ?? '')?.[1] : undefined
        if (!key)
          return next()
        void (async () => {
          const guarded = GUARDED_KEYS.has(key)
          if (guarded) {
            password ??= slidevPassword(server)
            const sender: SenderInfo = { origin: req.headers.origin, host: req.headers.host, cookie: req.headers.cookie, remoteAddress: req.socket.remoteAddress }
            if (!senderAllowed(sender, await password))
              return refuse(res, 403, 'only the presenter view, or a window on this machine, changes the deck')
          }
          const body = await readBody(req, guarded ? MAX_DECK_MESSAGE_CHARS * 2 : MAX_ANY_BODY)
          if (!body)
            return refuse(res, 413, 'message too large')
          const text = body.toString('utf8')
          if (hasProtoKey(text))
            return refuse(res, 400, 'malformed message')
          const problem = guarded ? deckBodyProblem(text) : undefined
          if (problem)
            return refuse(res, 400, problem)
          replayBody(req, body)
          next()
        })().catch(next)
      })
    },
  }
}
