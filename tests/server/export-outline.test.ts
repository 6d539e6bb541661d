// Slidev's reading of the deck kept beside an export build (scripts/export/build.ts): `--build-only` writes
// it, `--from-build` prints from it instead of reading the slides again. Only what Slidev's exporter reads
// is kept, and a file that is missing, partial or not JSON is not used.
import type { Deck } from '../../scripts/export/build'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exporterView, OUTLINE_FILE, readOutline, writeOutline } from '../../scripts/export/build'

/** A deck as Slidev's resolveOptions gives it: far more than the exporter reads. */
function deck(titles: string[]): Deck {
  const slides = titles.map((title, index) => ({ index, title, level: index ? 1 : undefined, content: `# ${title}`, source: { raw: 'x' }, frontmatter: { key: `k${index}`, ...index === 2 ? { hideInToc: true } : {} } }))
  const config = { export: { format: 'pdf', withClicks: false }, exportFilename: '', colorSchema: 'light', routerMode: 'history', canvasWidth: 980, aspectRatio: 16 / 9, fonts: { sans: ['Inter'] }, drawings: { persist: false } }
  return { options: { data: { config, slides, entry: '/deck/slides.md' } } as Deck['options'], total: slides.length }
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deck-outline-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the outline kept beside an export build', () => {
  it('keeps only the settings and slide fields Slidev\'s exporter reads', () => {
    const view = exporterView(deck(['Cover', 'One', 'Two']))
    expect(Object.keys(view.options.data.config).sort()).toEqual(['aspectRatio', 'canvasWidth', 'colorSchema', 'export', 'exportFilename', 'routerMode'])
    expect(view.options.data.slides).toEqual([
      { index: 0, title: 'Cover', level: undefined },
      { index: 1, title: 'One', level: 1 },
      { index: 2, title: 'Two', level: 1, frontmatter: { hideInToc: true } },
    ])
    expect(view.total).toBe(3)
  })

  it('reads back what was written, for the languages asked', () => {
    writeOutline(dir, new Map([['en', deck(['Cover', 'One'])], ['zh', deck(['封面', '一'])]]))
    const read = readOutline(dir, ['zh'])!
    expect([...read.keys()]).toEqual(['zh'])
    expect(read.get('zh')).toEqual(JSON.parse(JSON.stringify(exporterView(deck(['封面', '一'])))))
    expect(readOutline(dir, ['en', 'zh'])?.get('en')?.options.data.slides.map(s => s.title)).toEqual(['Cover', 'One'])
  })

  it('is not used when it is missing, lacks a language, is cut short or does not add up', () => {
    expect(readOutline(dir, ['en'])).toBeUndefined()
    writeOutline(dir, new Map([['en', deck(['Cover', 'One'])]]))
    expect(readOutline(dir, ['en', 'zh'])).toBeUndefined()
    const text = readFileSync(join(dir, OUTLINE_FILE), 'utf8')
    writeFileSync(join(dir, OUTLINE_FILE), text.slice(0, text.length / 2))
    expect(readOutline(dir, ['en'])).toBeUndefined()
    writeFileSync(join(dir, OUTLINE_FILE), JSON.stringify({ en: { ...exporterView(deck(['Cover', 'One'])), total: 5 } }))
    expect(readOutline(dir, ['en'])).toBeUndefined()
    writeFileSync(join(dir, OUTLINE_FILE), JSON.stringify({ en: { options: { data: { slides: [] } }, total: 0 } }))
    expect(readOutline(dir, ['en'])).toBeUndefined()
  })
})
