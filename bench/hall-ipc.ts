// What bench/hall.ts and its phones' process (bench/hall-clients.ts) say to each other.

export type ClientRequest
  = | { type: 'crowd', origin: string, paths: string[], n: number, acceptEncoding: string }
    | { type: 'connect', url: string, n: number }
    /** Watch for the next message holding `marker` on each socket. */
    | { type: 'arm', marker: string, n: number }
    /** Answer once `n` sockets have it, or after `timeoutMs`. */
    | { type: 'collect', timeoutMs: number }
    | { type: 'close' }

export type ClientReply
  = | { type: 'crowd', wallMs: number, perPhoneMs: number[], bytes: number, failures: Record<string, number>, clientCpuMs: number }
    | { type: 'connected', n: number }
    | { type: 'armed' }
    /** Absolute times (ms since the epoch) at which each socket had the awaited message, and the phones' CPU time since `arm`. */
    | { type: 'arrivals', at: number[], clientCpuMs: number }
    | { type: 'closed' }
    | { type: 'error', message: string }
