import { TRUST_ORIGINS as SLIDEV_TRUST_ORIGINS } from '@slidev/client/constants'
// The dev server's guard in front of server-ref: who may change the deck state, and what.
import { describe, expect, it } from 'vitest'
import { cookieValue, deckBodyProblem, hasProtoKey, isLoopback, senderAllowed, TRUST_ORIGINS } from '../../server/deck-guard'

const PASSWORD = 'stage-door-42'

describe('senderAllowed: Slidev\'s rule on the server', () => {
  it('uses Slidev\'s own list of trusted hosts', () => {
    expect(TRUST_ORIGINS).toEqual(SLIDEV_TRUST_ORIGINS)
  })

  it('a window on localhost, on this machine, may drive', () => {
    expect(senderAllowed({ origin: 'http://localhost:3030', remoteAddress: '127.0.0.1' }, PASSWORD)).toBe(true)
    expect(senderAllowed({ origin: 'http://127.0.0.1:3030', remoteAddress: '::ffff:127.0.0.1' }, PASSWORD)).toBe(true)
    expect(senderAllowed({ host: 'localhost:3030', remoteAddress: '::1' }, PASSWORD)).toBe(true)
  })

  it('another origin, or a trusted name from another machine, may not', () => {
    expect(senderAllowed({ origin: 'http://127.0.0.2:3030', remoteAddress: '127.0.0.1' }, PASSWORD)).toBe(false)
    expect(senderAllowed({ origin: 'http://192.168.1.20:3030', remoteAddress: '192.168.1.35' }, PASSWORD)).toBe(false)
    expect(senderAllowed({ origin: 'http://localhost:3030', remoteAddress: '192.168.1.35' }, PASSWORD)).toBe(false)
    expect(senderAllowed({ origin: 'not a url', remoteAddress: '127.0.0.1' }, PASSWORD)).toBe(false)
    expect(senderAllowed({ origin: 'https://evil.example', remoteAddress: '127.0.0.1' }, PASSWORD)).toBe(false)
  })

  it('the presenter view counts with the password only', () => {
    const from = { origin: 'http://192.168.1.20:3030', remoteAddress: '192.168.1.35' }
    expect(senderAllowed({ ...from, cookie: `a=1; slidev-deck-presenter=${PASSWORD}` }, PASSWORD)).toBe(true)
    expect(senderAllowed({ ...from, cookie: 'slidev-deck-presenter=wrong' }, PASSWORD)).toBe(false)
    expect(senderAllowed({ ...from, cookie: 'slidev-deck-presenter=' }, PASSWORD)).toBe(false)
    // `--remote` without a password: Slidev opens the presenter view to anyone, and so does this
    expect(senderAllowed({ ...from, cookie: 'slidev-deck-presenter=' }, '')).toBe(true)
    expect(senderAllowed(from, '')).toBe(false)
  })
})

describe('request helpers', () => {
  it('isLoopback', () => {
    expect(['127.0.0.1', '127.0.0.2', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true, true])
    expect(['192.168.1.2', '::ffff:10.0.0.1', '', undefined, '1270.0.0.1'].map(isLoopback)).toEqual([false, false, false, false, false])
  })

  it('cookieValue', () => {
    expect(cookieValue('a=1; slidev-deck-presenter=p%20w; b=2', 'slidev-deck-presenter')).toBe('p w')
    expect(cookieValue('xslidev-deck-presenter=1', 'slidev-deck-presenter')).toBeUndefined()
    expect(cookieValue(undefined, 'x')).toBeUndefined()
  })

  it('hasProtoKey finds a __proto__ key at any depth, and refuses non-JSON', () => {
    expect(hasProtoKey('{"patch":{"page":2}}')).toBe(false)
    expect(hasProtoKey('{"patch":{"a":{"__proto__":{"x":1}}}}')).toBe(true)
    expect(hasProtoKey('{oops')).toBe(true)
  })

  it('deckBodyProblem reads server-ref\'s payload', () => {
    expect(deckBodyProblem(JSON.stringify({ source: 'x', patch: { lang: 'zh' }, timestamp: 1 }))).toBeUndefined()
    expect(deckBodyProblem(JSON.stringify({ source: 'x', data: { lang: 'zh', calc: {} }, timestamp: 1 }))).toBeUndefined()
    expect(deckBodyProblem(JSON.stringify({ source: 'x', patch: { junk: 1 } }))).toMatch(/unknown key/)
    expect(deckBodyProblem(JSON.stringify({ source: 'x' }))).toBe('not an object')
    expect(deckBodyProblem('nope')).toBe('not JSON')
  })
})
