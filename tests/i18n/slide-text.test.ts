import { describe, expect, it } from 'vitest'
import { deckNoteHtml, deckTitle } from '../../i18n/slide-text'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'

describe('slide titles for Slidev (overview, goto, PDF outline)', () => {
  it('are a live $t expression, with every translation for the goto search', () => {
    const title = deckTitle('agenda')
    expect(title).toContain('{{ $t(\'slides.agenda.title\') }}')
    expect(title).toContain(en.slides.agenda.title)
    expect(title).toContain(zh.slides.agenda.title)
  })
  it('are plain text in the export language', () => {
    expect(deckTitle('agenda', 'zh')).toBe(zh.slides.agenda.title)
    expect(deckTitle('agenda', 'en')).toBe(en.slides.agenda.title)
  })
})

describe('presenter notes', () => {
  it('hold both languages, each labelled, with figures from the model', () => {
    const html = deckNoteHtml('calcTraining')!
    expect(html).toContain('data-lang="en"')
    expect(html).toContain('data-lang="zh"')
    expect(html).toContain(en.app.notesIn)
    expect(html).toContain(zh.app.notesIn)
    expect(html).toContain('48.75 GWh')
    expect(html).toContain('4875万千瓦时')
    expect(html).not.toMatch(/\{\{|\$t\(/)
  })
  it('are undefined for a slide without notes', () => {
    expect(deckNoteHtml('noSuchSlide')).toBeUndefined()
  })
  it('escape HTML from the locale text', () => {
    expect(deckNoteHtml('cover')).not.toMatch(/<script/i)
  })
})
