// The hall: phones in the audience read the built deck (a static bundle served by the laptop under
// HALL_BASE) and follow the speaker's state over one websocket. This module is the contract between
// the two ends, pure (no Vue, no DOM, no Node): what travels on the socket, what a viewer accepts of
// it, and the two small interfaces a transport implements, so that the laptop's socket can be
// replaced by a pub/sub service (the same bundle on a CDN) without touching the slides.
import type { DeckState } from './deck'
import { isRecord } from '../model/json'
import { deckMessageProblem, MAX_DECK_MESSAGE_CHARS } from './validate'

/** Where the dev server serves the hall bundle (the bundle is built with this base). */
export const HALL_BASE = '/hall/'
/** The websocket of the hall, on the dev server (an upgrade request; a plain GET is the bundle's page). */
export const HALL_SOCKET_PATH = `${HALL_BASE}socket`

/** The speaker's states a viewer follows: Slidev's position in the talk, and the deck's own state. */
export const FEED_KEYS = ['nav', 'deck'] as const
export type FeedKey = typeof FEED_KEYS[number]

/** Slidev's shared position (`sharedState` of @slidev/client), the part a viewer follows. */
export interface HallNav {
  page: number
  clicks: number
  clicksTotal: number
  lastUpdate?: { id: string, type: 'presenter' | 'viewer', time: number }
}

/** One message on the hall socket: a state, whole, or the server's sign of life. */
export type HallMessage
  = | { k: 'nav', v: HallNav }
    | { k: 'deck', v: Partial<DeckState> }
    | { k: 'beat' }

/** Largest message a viewer reads (a whole deck state is at most MAX_DECK_MESSAGE_CHARS). */
export const MAX_HALL_MESSAGE_CHARS = MAX_DECK_MESSAGE_CHARS + 1024
/** The server says it is alive this often; a viewer that hears nothing for HALL_SILENCE_MS reconnects. */
export const HALL_BEAT_MS = 15_000
export const HALL_SILENCE_MS = 40_000

function int(v: unknown, min: number, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined
}

/**
 * A position as the speaker shares it, cleaned to the keys a viewer uses; undefined when it is not
 * one (the server's nav starts at page 0 until a speaker's window has said where it is).
 */
export function acceptNav(v: unknown): HallNav | undefined {
  if (!isRecord(v))
    return undefined
  const page = int(v.page, 1, 9999)
  const clicks = int(v.clicks ?? 0, 0, 9999)
  const clicksTotal = int(v.clicksTotal ?? 0, 0, 9999)
  if (page === undefined || clicks === undefined || clicksTotal === undefined)
    return undefined
  const nav: HallNav = { page, clicks, clicksTotal }
  const u = v.lastUpdate
  if (isRecord(u) && typeof u.id === 'string' && u.id.length <= 200 && (u.type === 'presenter' || u.type === 'viewer') && typeof u.time === 'number' && Number.isFinite(u.time))
    nav.lastUpdate = { id: u.id, type: u.type, time: u.time }
  return nav
}

/**
 * A deck state as the dev server relays it: refused as a whole when the dev sync would refuse it
 * (unknown keys, wrong JSON types, prototype keys, too deep, oversized: state/validate.ts). The
 * values themselves are judged by each window's rules when they are merged (acceptDeckState).
 */
export function acceptDeck(v: unknown): Partial<DeckState> | undefined {
  return isRecord(v) && !deckMessageProblem(v) ? v as Partial<DeckState> : undefined
}

/** The value of a state as it may travel, or undefined when it may not. */
export function hallValue(key: FeedKey, value: unknown): HallNav | Partial<DeckState> | undefined {
  return key === 'nav' ? acceptNav(value) : acceptDeck(value)
}

/** A message as it is sent: the state, cleaned by the same rules the viewer applies. */
export function encodeHallMessage(key: FeedKey, value: unknown): string | undefined {
  const v = hallValue(key, value)
  return v === undefined ? undefined : JSON.stringify({ k: key, v })
}

/** What a viewer makes of a message from the socket (or a pub/sub service): undefined when it is not one. */
export function parseHallMessage(text: unknown): HallMessage | undefined {
  if (typeof text !== 'string' || text.length > MAX_HALL_MESSAGE_CHARS)
    return undefined
  let m: unknown
  try {
    m = JSON.parse(text)
  }
  catch {
    return undefined
  }
  if (!isRecord(m))
    return undefined
  if (m.k === 'beat')
    return { k: 'beat' }
  if (m.k === 'nav') {
    const v = acceptNav(m.v)
    return v && { k: 'nav', v }
  }
  if (m.k === 'deck') {
    const v = acceptDeck(m.v)
    return v && { k: 'deck', v }
  }
  return undefined
}

/** How a viewer's feed is doing (the phone shows "live" only while it is). */
export type FeedStatus = 'connecting' | 'live' | 'offline'

/**
 * Where a viewer gets the speaker's state from: read-only, text in (each message is checked by
 * parseHallMessage where it is used, whatever carries it). The laptop's hall socket
 * (state/hall-socket.ts) is one; a pub/sub service is another, if it delivers every message
 * published on the talk's channel and, on (re)subscribing, the latest message of each key (a
 * "last value" or "rewind 1" channel), so a viewer that comes back catches up.
 */
export interface DeckFeed {
  /** Start receiving; returns a function that stops. */
  subscribe: (onMessage: (text: string) => void, onStatus: (status: FeedStatus) => void) => () => void
}

/**
 * The speaker's side: every change of a state the dev server accepted (Slidev's server-ref, behind
 * the deck's guard) is published, whole. The hall socket (server/hall.ts) is one; a pub/sub service
 * would publish `encodeHallMessage(key, value)` on the talk's channel.
 */
export interface DeckPublisher {
  publish: (key: FeedKey, value: unknown) => void
}
