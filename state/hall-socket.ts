// The laptop's hall socket as a DeckFeed (state/hall-protocol.ts): one websocket to the dev server
// that served the bundle, opened again after a loss with a growing, jittered wait (a room of phones
// that lost the Wi-Fi together does not come back in one burst), and at once when the phone is back
// online or on screen again. The server sends every state, whole, on each connection: a phone that
// comes back catches up with its first messages.
import type { DeckFeed, FeedStatus } from './hall-protocol'
import { HALL_SILENCE_MS } from './hall-protocol'

/** Waits before the n-th attempt to reconnect: 0.5 s, doubling, at most 8 s; each ±50 % at random. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(8000, 500 * 2 ** Math.max(0, attempt))
  return Math.round(base * (0.5 + random()))
}

export interface SocketFeedOptions {
  /** The socket's address (ws: or wss:). */
  url: string
  /** The WebSocket class (the browser's; a test may pass another). */
  WebSocketImpl?: typeof WebSocket
}

export function socketFeed({ url, WebSocketImpl = WebSocket }: SocketFeedOptions): DeckFeed {
  return {
    subscribe(onMessage, onStatus) {
      let ws: WebSocket | undefined
      let attempt = 0
      let stopped = false
      let retry: ReturnType<typeof setTimeout> | undefined
      let silence: ReturnType<typeof setTimeout> | undefined
      const status = (s: FeedStatus): void => onStatus(s)

      // no message (not even the server's beat) for this long: the connection is gone without a close
      const heard = (): void => {
        clearTimeout(silence)
        silence = setTimeout(() => ws?.close(), HALL_SILENCE_MS)
      }

      function connect(): void {
        clearTimeout(retry)
        retry = undefined
        if (stopped || (ws && ws.readyState <= WebSocketImpl.OPEN))
          return
        status('connecting')
        const socket = new WebSocketImpl(url)
        ws = socket
        socket.onopen = () => {
          attempt = 0
          status('live')
          heard()
        }
        socket.onmessage = (e: MessageEvent) => {
          heard()
          if (typeof e.data === 'string')
            onMessage(e.data)
        }
        socket.onclose = () => {
          clearTimeout(silence)
          if (ws !== socket || stopped)
            return
          ws = undefined
          status('offline')
          retry = setTimeout(connect, reconnectDelay(attempt++))
        }
        socket.onerror = () => socket.close()
      }

      // back on the network, or the phone woke up: try now rather than at the end of the wait
      const now = (): void => {
        if (!ws && !stopped)
          connect()
      }
      const visible = (): void => {
        if (document.visibilityState === 'visible')
          now()
      }
      window.addEventListener('online', now)
      document.addEventListener('visibilitychange', visible)
      connect()
      return () => {
        stopped = true
        clearTimeout(retry)
        clearTimeout(silence)
        window.removeEventListener('online', now)
        document.removeEventListener('visibilitychange', visible)
        ws?.close()
      }
    },
  }
}
