import type { FigureId, Quote, SourceId } from '../../model'
import { describe, expect, it } from 'vitest'
import { FIGURES, QUOTE_IDS, QUOTES, RANGES, SOURCE_ORDER, SOURCES } from '../../model'

const figures = Object.entries(FIGURES) as [FigureId, (typeof FIGURES)[FigureId]][]
const sources = Object.entries(SOURCES) as [SourceId, (typeof SOURCES)[SourceId]][]

/** Sources cited in the talk for words, not numbers, so no figure points at them. */
const CITED_WITHOUT_FIGURES: Partial<Record<SourceId, string>> = {
  vaswani2017: 'quoted for "no recurrence"; the claim it corrects (C7) has no number',
  ansett: 'the English original of the article; the article\'s numbers are filed under article2024',
}

describe('sources', () => {
  it('the marks (what a slide loads) and the bibliography list the same sources, in the same order', () => {
    expect(Object.keys(SOURCES)).toEqual(SOURCE_ORDER)
    expect(QUOTE_IDS).toEqual(Object.keys(QUOTES))
  })

  it('each entry\'s id is its key, with a short label, title, venue and year', () => {
    for (const [key, s] of sources) {
      expect(s.id).toBe(key)
      expect(s.short.length).toBeGreaterThan(0)
      expect(s.title.length).toBeGreaterThan(0)
      expect(s.venue.length).toBeGreaterThan(0)
      expect(s.authors.length).toBeGreaterThan(0)
      expect(Number.isInteger(s.year) && s.year >= 2000 && s.year <= 2030).toBe(true)
    }
  })

  it('has well-formed DOIs and URLs', () => {
    for (const [, s] of sources) {
      if ('doi' in s)
        expect(s.doi).toMatch(/^10\.\d{4,9}\/\S+$/)
      if ('url' in s)
        expect(s.url).toMatch(/^https:\/\/\S+$/)
    }
  })

  it('every source is referenced by at least one figure (or listed as cited for words only)', () => {
    const used = new Set<SourceId>(figures.map(([, f]) => f.source))
    const unused = sources.map(([id]) => id).filter(id => !used.has(id) && !(id in CITED_WITHOUT_FIGURES))
    expect(unused).toEqual([])
    for (const id of Object.keys(CITED_WITHOUT_FIGURES)) expect(id in SOURCES).toBe(true)
  })
})

describe('figures', () => {
  it('every figure\'s source exists', () => {
    for (const [id, f] of figures) expect(f.source in SOURCES, id).toBe(true)
  })

  it('every value is finite, with a year and an English note', () => {
    for (const [id, f] of figures) {
      expect(Number.isFinite(f.value), id).toBe(true)
      expect(Number.isInteger(f.year), id).toBe(true)
      expect(f.note.length, id).toBeGreaterThan(3)
    }
  })

  it('ids are "<subject>.<quantity>" in camelCase', () => {
    for (const [id] of figures) expect(id).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/)
  })

  it('fractions lie in 0..1, PUEs in 1..5, other quantities are non-negative', () => {
    for (const [id, f] of figures) {
      expect(f.value, id).toBeGreaterThanOrEqual(0)
      if (f.unit === 'fraction')
        expect(f.value, id).toBeLessThanOrEqual(1)
      if ((id.startsWith('pue.') || /[pP]ue$/.test(id)) && f.unit === 'ratio')
        expect(f.value >= 1 && f.value <= 5, id).toBe(true)
    }
  })

  it('counts of things are whole numbers', () => {
    for (const [id, f] of figures) {
      if (['count', 'pages', 'pairs', 'tokens', 'parameters', 'bytes'].includes(f.unit))
        expect(Number.isInteger(f.value), id).toBe(true)
    }
  })
})

describe('ranges and quotations', () => {
  it('a range joins two figures of one unit, low end first', () => {
    for (const [id, r] of Object.entries(RANGES)) {
      expect(FIGURES[r.low].unit, id).toBe(FIGURES[r.high].unit)
      expect(FIGURES[r.low].value, id).toBeLessThanOrEqual(FIGURES[r.high].value)
    }
  })

  it('a quotation names its source and the figures its words state, and its words contain those figures\' digits', () => {
    for (const [id, q] of Object.entries(QUOTES) as [string, Quote][]) {
      expect(q.source in SOURCES, id).toBe(true)
      expect(q.text.trim(), id).toBe(q.text)
      expect(q.text, id).not.toMatch(/^[“"]|[”"]$/) // the marks are the slide's, not the words'
      for (const f of q.figures) expect(f in FIGURES, `${id}: ${f}`).toBe(true)
      if (q.figures.length)
        expect(q.text, id).toMatch(/\d/)
    }
  })
})
