// What a phone of the hall accepts from its feed (the laptop's socket, or a pub/sub service): the
// dev sync's rules for the deck state, Slidev's position cleaned to what a viewer uses; and the
// sync method that hands it to Slidev, which writes nothing back.
import type { DeckFeed, FeedStatus } from '../../state/hall-protocol'
import { describe, expect, it } from 'vitest'
import { feedLabel, hallFeedLabel, hallStatus, hallSync } from '../../state/hall'
import { acceptNav, encodeHallMessage, MAX_HALL_MESSAGE_CHARS, parseHallMessage } from '../../state/hall-protocol'
import { reconnectDelay } from '../../state/hall-socket'

const deck = { lang: 'zh', also: 'en', calc: { training: { gpus: '1024' } }, join: false }
const nav = { page: 7, clicks: 2, clicksTotal: 3, lastUpdate: { id: 'http://localhost:3030_ab', type: 'presenter', time: 1700000000000 } }

describe('parseHallMessage: the hall socket\'s rules', () => {
  it('takes the speaker\'s position and deck state, and the server\'s beat', () => {
    expect(parseHallMessage(JSON.stringify({ k: 'deck', v: deck }))).toEqual({ k: 'deck', v: deck })
    expect(parseHallMessage(JSON.stringify({ k: 'nav', v: nav }))).toEqual({ k: 'nav', v: nav })
    expect(parseHallMessage('{"k":"beat"}')).toEqual({ k: 'beat' })
    // what the server sends is what the phone reads
    expect(parseHallMessage(encodeHallMessage('deck', deck))).toEqual({ k: 'deck', v: deck })
  })

  it('keeps of a position only what a viewer uses', () => {
    expect(acceptNav({ ...nav, timer: { status: 'running' }, cursor: { x: 1, y: 2 }, extra: '<img onerror>' })).toEqual(nav)
    expect(acceptNav({ page: 2 })).toEqual({ page: 2, clicks: 0, clicksTotal: 0 })
    expect(acceptNav({ page: 2, lastUpdate: { id: 'x', type: 'admin', time: 1 } })).toEqual({ page: 2, clicks: 0, clicksTotal: 0 })
  })

  it.each([
    ['not JSON', '{k:'],
    ['not an object', '[1,2]'],
    ['an unknown kind', '{"k":"eval","v":"alert(1)"}'],
    ['no page yet (the server\'s start)', '{"k":"nav","v":{"page":0,"clicks":0}}'],
    ['a page as text', '{"k":"nav","v":{"page":"5"}}'],
    ['a fractional page', '{"k":"nav","v":{"page":2.5}}'],
    ['negative clicks', '{"k":"nav","v":{"page":2,"clicks":-1}}'],
    ['an unknown deck key', '{"k":"deck","v":{"lang":"en","admin":true}}'],
    ['a deck value of the wrong type', '{"k":"deck","v":{"lang":["en"]}}'],
    ['a prototype key', '{"k":"deck","v":{"lang":"en","calc":{"__proto__":{"x":1}}}}'],
    ['a constructor key', '{"k":"deck","v":{"calc":{"constructor":{"prototype":{}}}}}'],
    ['a deck state nested too deep', `{"k":"deck","v":{"calc":${'{"a":'.repeat(8)}1${'}'.repeat(8)}}}`],
    ['an oversized message', JSON.stringify({ k: 'deck', v: { lang: 'en', calc: { training: { gpus: 'x'.repeat(MAX_HALL_MESSAGE_CHARS) } } } })],
    ['an oversized deck state', JSON.stringify({ k: 'deck', v: { calc: { training: { gpus: 'x'.repeat(16_400) } } } })],
  ])('drops %s', (_why, text) => {
    expect(parseHallMessage(text)).toBeUndefined()
  })

  it('leaves Object.prototype alone', () => {
    parseHallMessage('{"k":"deck","v":{"__proto__":{"polluted":1}}}')
    parseHallMessage('{"k":"nav","v":{"page":1,"__proto__":{"polluted":1}}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

/** A feed the test speaks through. */
function fakeFeed(): DeckFeed & { say: (text: string) => void, subscriptions: number, status: (s: FeedStatus) => void } {
  let listener: (text: string) => void = () => {}
  const feed = {
    subscriptions: 0,
    status: (_s: FeedStatus) => {},
    say: (text: string) => listener(text),
    subscribe(onMessage: (text: string) => void, onStatus: (s: FeedStatus) => void) {
      feed.subscriptions++
      listener = onMessage
      feed.status = onStatus
      return () => {}
    },
  }
  return feed
}

describe('hallSync: Slidev\'s sync method for the hall', () => {
  const channels = { 'Talk - shared': 'nav', 'ai-energy-deck-state': 'deck' } as const

  it('hands each channel its state, checked, and writes nothing', () => {
    const feed = fakeFeed()
    const statuses: FeedStatus[] = []
    const sync = hallSync(feed, channels, s => statuses.push(s))
    const navUpdates: unknown[] = []
    const deckUpdates: unknown[] = []
    // a state that arrives before Slidev opens the channel is handed over when it does
    const write = sync.init('Talk - shared', d => navUpdates.push(d), {})
    feed.say(JSON.stringify({ k: 'deck', v: deck }))
    sync.init('ai-energy-deck-state', d => deckUpdates.push(d), {}, true)
    expect(feed.subscriptions).toBe(1)
    expect(deckUpdates).toEqual([deck])
    feed.say(JSON.stringify({ k: 'nav', v: nav }))
    feed.say(JSON.stringify({ k: 'nav', v: { page: -1 } }))
    feed.say(JSON.stringify({ k: 'deck', v: { lang: 'en', evil: 1 } }))
    feed.say('{"k":"beat"}')
    expect(navUpdates).toEqual([nav])
    expect(deckUpdates).toEqual([deck])
    feed.status('live')
    expect(statuses).toEqual(['live'])
    // Slidev's drawings channel is not the hall's
    expect(sync.init('Talk - drawings', () => {}, {})).toBeUndefined()
    // the write Slidev calls on a local change sends nothing anywhere
    expect(typeof write).toBe('function')
    expect(write!({ page: 99 } as object, false)).toBeUndefined()
    expect(feed.subscriptions).toBe(1)
  })
})

describe('the phone\'s connection label', () => {
  it('says live only while the feed is, and reconnecting once it was lost', () => {
    expect(feedLabel(undefined, false)).toBe('live') // not the hall: the dev server's own sync
    expect(feedLabel('connecting', false)).toBe('connecting')
    expect(feedLabel('live', false)).toBe('live')
    expect(feedLabel('offline', true)).toBe('reconnecting')
    expect(feedLabel('connecting', true)).toBe('reconnecting')
  })

  it('follows the feed\'s status when the socket drops and comes back', () => {
    const feed = fakeFeed()
    hallSync(feed, { 'Talk - shared': 'nav' }).init('Talk - shared', () => {}, {})
    feed.status('connecting')
    expect(hallFeedLabel.value).toBe('connecting')
    feed.status('live')
    expect(hallFeedLabel.value).toBe('live')
    feed.status('offline')
    expect(hallStatus.value).toBe('offline')
    expect(hallFeedLabel.value).toBe('reconnecting')
    feed.status('connecting')
    expect(hallFeedLabel.value).toBe('reconnecting')
    feed.status('live')
    expect(hallFeedLabel.value).toBe('live')
  })
})

describe('reconnecting', () => {
  it('waits 0.5 s, doubling to at most 8 s, each ±50 % at random', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(n => reconnectDelay(n, () => 0.5))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000])
    expect(reconnectDelay(0, () => 0)).toBe(250)
    expect(reconnectDelay(4, () => 0.999)).toBeLessThan(12_000)
  })
})
