// The hall bench's simulated phones, in a process of their own (forked by bench/hall.ts): the crowd's
// HTTP clients and the viewers' websockets must not share an event loop with the code that times
// them, or the figures hold the crowd's own work (6,000 connections, 1,000 sockets). Driven over
// the IPC channel; times are absolute (performance.timeOrigin + now), comparable across processes.
import type { ClientRequest } from './hall-ipc'
import { Buffer } from 'node:buffer'
import { Agent, request } from 'node:http'
import process from 'node:process'
import { WebSocket } from 'ws'

const now = (): number => performance.timeOrigin + performance.now()
function reply(m: unknown): void {
  process.send?.(m)
}

async function crowd(origin: string, paths: string[], n: number, acceptEncoding: string): Promise<void> {
  const url = new URL(origin)
  let bytes = 0
  const failures: Record<string, number> = {}
  const fail = (why: string): void => {
    failures[why] = (failures[why] ?? 0) + 1
  }
  const get = (agent: Agent, path: string): Promise<void> => new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path, agent, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      if ((res.statusCode ?? 0) >= 400)
        fail(`HTTP ${res.statusCode}`)
      res.on('data', (c: Buffer) => {
        bytes += c.length
      })
      res.on('end', resolve)
      res.on('error', (e: NodeJS.ErrnoException) => {
        fail(e.code ?? e.message)
        resolve()
      })
    })
    req.on('error', (e: NodeJS.ErrnoException) => {
      fail(e.code ?? e.message)
      resolve()
    })
    req.end()
  })
  async function phone(): Promise<number> {
    // six connections, as a browser opens to one host
    const agent = new Agent({ keepAlive: true, maxSockets: 6 })
    const started = performance.now()
    // the page first, then the rest six at a time
    await get(agent, paths[0]!)
    let next = 1
    await Promise.all(Array.from({ length: 6 }, async () => {
      while (next < paths.length)
        await get(agent, paths[next++]!)
    }))
    agent.destroy()
    return performance.now() - started
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  const perPhoneMs = await Promise.all(Array.from({ length: n }, phone))
  const wallMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  reply({ type: 'crowd', wallMs, perPhoneMs, bytes, failures, clientCpuMs: (used.user + used.system) / 1000 })
}

const sockets: WebSocket[] = []
/** The change awaited: the bytes that mark it in a message (no JSON parsing), and who has it. */
let awaited: { marker: Buffer, n: number, at: number[], got: Set<WebSocket>, all: Promise<void>, done: () => void } | undefined
let cpuAtArm = process.cpuUsage()

function arm(marker: string, n: number): NonNullable<typeof awaited> {
  let done = (): void => {}
  const all = new Promise<void>((resolve) => {
    done = resolve
  })
  return { marker: Buffer.from(marker), n, at: [], got: new Set(), all, done }
}

async function connect(url: string, n: number): Promise<void> {
  // in batches, as a hall fills up
  for (let i = 0; i < n; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, n - i) }, () => new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false })
      sockets.push(ws)
      ws.on('message', (data: Buffer) => {
        const a = awaited
        if (a && !a.got.has(ws) && data.includes(a.marker)) {
          a.at.push(now())
          a.got.add(ws)
          if (a.got.size >= a.n)
            a.done()
        }
      })
      ws.once('open', () => resolve())
      ws.once('error', reject)
    })))
  }
  reply({ type: 'connected', n: sockets.length })
}

async function collect(timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  await Promise.race([awaited?.all, new Promise((resolve) => {
    timer = setTimeout(resolve, timeoutMs)
  })])
  clearTimeout(timer)
  const used = process.cpuUsage(cpuAtArm)
  reply({ type: 'arrivals', at: awaited?.at ?? [], clientCpuMs: (used.user + used.system) / 1000 })
  awaited = undefined
}

process.on('message', (m: ClientRequest) => {
  const run = async (): Promise<void> => {
    switch (m.type) {
      case 'crowd':
        return crowd(m.origin, m.paths, m.n, m.acceptEncoding)
      case 'connect':
        return connect(m.url, m.n)
      case 'arm':
        awaited = arm(m.marker, m.n)
        cpuAtArm = process.cpuUsage()
        return reply({ type: 'armed' })
      case 'collect':
        return collect(m.timeoutMs)
      case 'close':
        for (const ws of sockets.splice(0)) ws.terminate()
        return reply({ type: 'closed' })
    }
  }
  run().catch((e: unknown) => reply({ type: 'error', message: String((e as Error)?.message ?? e) }))
})
