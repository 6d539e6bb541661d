// The hall on the dev server: the bundle's files (compressed, cached as their names allow, nothing
// outside the bundle's folder) and the phones' socket (the speaker's states, whole, at once and on
// each change; nothing a phone sends, nothing the rules refuse).
import type { AddressInfo } from 'node:net'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { createHallHandler, HallHub, pickEncoding, resolveInside, textFrame } from '../../server/hall'

const root = mkdtempSync(join(tmpdir(), 'deck-hall-test-'))
const outside = mkdtempSync(join(tmpdir(), 'deck-hall-outside-'))
const script = `export const words = ${JSON.stringify('the hall '.repeat(400))}\n`
const html = `<!doctype html><html><head><script type="module" src="/hall/assets/index-AbC123.js"></script></head><body>${'<p>deck</p>'.repeat(80)}</body></html>`
const font = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256))

interface Answer { status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }

let base = ''
const handler = createHallHandler(() => root)
const server = createServer((req, res) => {
  // as connect mounts it: the handler sees the path inside /hall
  if (!req.url?.startsWith('/hall'))
    return res.writeHead(418).end()
  req.url = req.url.slice('/hall'.length) || '/'
  handler(req, res, () => res.writeHead(405).end())
})

/** A raw GET (the path as written: no normalization of `..` on the way). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}`, { path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), html)
  writeFileSync(join(root, 'assets/index-AbC123.js'), script)
  writeFileSync(join(root, 'assets/inter-latin-400-Xy9.woff2'), font)
  writeFileSync(join(outside, 'secret.txt'), 'not for phones')
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.close()
  rmSync(root, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

describe('the hall bundle\'s files', () => {
  it('compressed as the phone accepts: brotli first, else gzip, else as they are', async () => {
    const br = await get('/hall/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(Number(br.headers['content-length'])).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(br.body).toString()).toBe(script)

    const gz = await get('/hall/assets/index-AbC123.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(script)

    const plain = await get('/hall/assets/index-AbC123.js', { 'accept-encoding': 'br;q=0, gzip;q=0' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(script)

    // a font is compressed already: sent as it is
    const woff = await get('/hall/assets/inter-latin-400-Xy9.woff2', { 'accept-encoding': 'br, gzip' })
    expect(woff.headers['content-encoding']).toBeUndefined()
    expect(woff.headers['content-type']).toBe('font/woff2')
    expect(woff.body.equals(font)).toBe(true)
  })

  it('hashed assets are cached for a year; the page is asked again, and answered 304 when unchanged', async () => {
    const asset = await get('/hall/assets/index-AbC123.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await get('/hall/', { 'accept-encoding': 'br' })
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.body).toString()).toBe(html)
    const etag = String(page.headers.etag)
    expect(etag).toMatch(/^".+"$/)
    const again = await get('/hall/', { 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('a hashed asset, once read, is answered from memory (its name changes with its content)', async () => {
    writeFileSync(join(root, 'assets/late-Q1w2.js'), script)
    const first = await get('/hall/assets/late-Q1w2.js', { 'accept-encoding': 'gzip' })
    rmSync(join(root, 'assets/late-Q1w2.js'))
    for (const ae of ['gzip', 'br', '']) {
      const again = await get('/hall/assets/late-Q1w2.js', { 'accept-encoding': ae })
      expect(again.status, ae).toBe(200)
      expect(again.headers['cache-control'], ae).toBe('public, max-age=31536000, immutable')
      expect(again.headers['content-encoding'], ae).toBe(ae || undefined)
    }
    expect((await get('/hall/assets/late-Q1w2.js', { 'accept-encoding': 'gzip' })).body.equals(first.body)).toBe(true)
  })

  it('a slide\'s address is the page (Slidev\'s router); a missing asset is 404, not the page', async () => {
    for (const path of ['/hall/5', '/hall/presenter/3?password=x', '/hall']) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.body.toString(), path).toBe(html)
    }
    expect((await get('/hall/assets/gone-123.js')).status).toBe(404)
    expect((await get('/hall/assets/index-AbC123.js', {}, 'HEAD')).body.length).toBe(0)
    expect((await get('/hall/', {}, 'POST')).status).toBe(405) // left to the next middleware
  })

  it('refuses every path out of the bundle\'s folder', async () => {
    const rel = join('..', outside.split('/').pop()!, 'secret.txt')
    for (const path of [
      `/hall/${rel}`,
      `/hall/%2e%2e/${outside.split('/').pop()}/secret.txt`,
      `/hall/assets/..%2f..%2f${outside.split('/').pop()}%2fsecret.txt`,
      '/hall/..%5c..%5cetc%5cpasswd',
      '/hall/assets/%00.js',
      '/hall/%E0%A4%A',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(400)
      expect(res.body.toString(), path).not.toContain('not for phones')
    }
    expect(resolveInside(root, '/../x')).toBeUndefined()
    expect(resolveInside(root, '/assets/a.js')).toBe(join(root, 'assets/a.js'))
    expect(resolveInside(root, '/')).toBe(root)
  })

  it('reads Accept-Encoding as browsers write it', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip')
    expect(pickEncoding('*')).toBe('gzip')
    expect(pickEncoding(undefined)).toBeUndefined()
    expect(pickEncoding('identity')).toBeUndefined()
  })
})

describe('the hall\'s socket', () => {
  const hub = new HallHub()
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 })
  const sockServer = createServer()
  let url = ''
  const open: WebSocket[] = []

  beforeAll(async () => {
    sockServer.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, ws => hub.attach(ws, socket)))
    await new Promise<void>(r => sockServer.listen(0, '127.0.0.1', r))
    url = `ws://127.0.0.1:${(sockServer.address() as AddressInfo).port}/hall/socket`
  })
  // each test starts from the speaker's states as a talk has them, whatever the one before it published
  beforeEach(() => {
    hub.publish('deck', { lang: 'en', also: '', calc: {}, join: false })
    hub.publish('nav', { page: 3, clicks: 1, clicksTotal: 2, timer: { status: 'stopped' }, lastUpdate: { id: 'x', type: 'presenter', time: 1 } })
  })
  afterAll(() => {
    for (const ws of open) ws.terminate()
    hub.close()
    wss.close()
    sockServer.close()
  })

  /** A phone: its socket, and every message it received. */
  async function phone(): Promise<{ ws: WebSocket, got: unknown[], next: (n: number) => Promise<void> }> {
    const ws = new WebSocket(url)
    open.push(ws)
    const got: unknown[] = []
    ws.on('message', data => got.push(JSON.parse(String(data))))
    await new Promise(r => ws.once('open', r))
    const next = async (n: number): Promise<void> => {
      const until = Date.now() + 5000
      while (got.length < n && Date.now() < until)
        await new Promise(r => setTimeout(r, 10))
      expect(got.length).toBeGreaterThanOrEqual(n)
    }
    return { ws, got, next }
  }

  it('a phone gets the speaker\'s states at once (position first), then each change, whole', async () => {
    const a = await phone()
    await a.next(2)
    expect(a.got).toEqual([
      { k: 'nav', v: { page: 3, clicks: 1, clicksTotal: 2, lastUpdate: { id: 'x', type: 'presenter', time: 1 } } },
      { k: 'deck', v: { lang: 'en', also: '', calc: {}, join: false } },
    ])
    hub.publish('deck', { lang: 'zh', also: '', calc: {}, join: false })
    await a.next(3)
    expect(a.got[2]).toEqual({ k: 'deck', v: { lang: 'zh', also: '', calc: {}, join: false } })
  })

  it('relays nothing the rules refuse, and drops what a phone sends', async () => {
    const a = await phone()
    const b = await phone()
    await Promise.all([a.next(2), b.next(2)])
    hub.publish('deck', { lang: 'en', evil: '<script>' })
    hub.publish('deck', JSON.parse('{"lang":"en","__proto__":{"polluted":true}}'))
    hub.publish('deck', { lang: 'en', calc: { training: { gpus: 'x'.repeat(20_000) } } })
    hub.publish('nav', { page: 0, clicks: 0 })
    hub.publish('nav', { page: '5' })
    // a phone writes: nobody hears it, the state stays the speaker's
    a.ws.send(JSON.stringify({ k: 'deck', v: { lang: 'zh', also: 'en', calc: {}, join: true } }))
    a.ws.send(JSON.stringify({ type: 'custom', event: 'vue-server-ref', data: { key: 'deck', data: { lang: 'zh' } } }))
    hub.publish('nav', { page: 4, clicks: 0, clicksTotal: 0 })
    await Promise.all([a.next(3), b.next(3)])
    expect(b.got.slice(2)).toEqual([{ k: 'nav', v: { page: 4, clicks: 0, clicksTotal: 0 } }])
    expect(a.got.slice(2)).toEqual(b.got.slice(2))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // a newcomer gets the speaker's last accepted states, not the phone's
    const c = await phone()
    await c.next(2)
    expect(c.got).toEqual([{ k: 'nav', v: { page: 4, clicks: 0, clicksTotal: 0 } }, { k: 'deck', v: { lang: 'en', also: '', calc: {}, join: false } }])
  })

  it('the frame written to each phone\'s socket is a websocket text frame, whatever its length', async () => {
    const a = await phone()
    await a.next(2)
    const raw = [...hub.sockets.values()].at(-1)!
    const texts = ['short', '界'.repeat(100), 'x'.repeat(70_000)]
    for (const t of texts) raw.write(textFrame(Buffer.from(t)))
    const got: string[] = []
    a.ws.removeAllListeners('message')
    a.ws.on('message', (data, binary) => got.push(binary ? '(binary)' : String(data)))
    const until = Date.now() + 5000
    while (got.length < texts.length && Date.now() < until)
      await new Promise(r => setTimeout(r, 10))
    expect(got).toEqual(texts)
  })

  it('a phone that sends more than a kilobyte is cut off', async () => {
    const a = await phone()
    const closed = new Promise<number>(r => a.ws.once('close', code => r(code)))
    a.ws.send('x'.repeat(5000))
    expect(await closed).toBe(1009) // message too big
  })
})
