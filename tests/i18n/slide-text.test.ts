import { describe, expect, it, vi } from 'vitest'
import { deckNoteHtml, deckTitle } from '../../i18n/slide-text'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'

/** Notes whose text needs escaping: markup, an ampersand, a figure between them. */
const PROBE = vi.hoisted(() => ({
  en: '<script>alert(1)</script> & <b>bold</b> {{fig.devries.dailyEnergy}}',
  zh: '<img src=x onerror=alert(1)> 与 <i>斜体</i>',
}))

// The locale files with one more slide, `escapeProbe`, whose notes hold markup.
vi.mock('../../i18n/bundled', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../i18n/bundled')>()
  const { createDeckI18n } = await import('../../i18n/core')
  const withProbe = (code: 'en' | 'zh') => {
    const r = real.BUNDLED_RESOURCES[code]!
    return { ...r, slides: { ...r.slides, escapeProbe: { notes: PROBE[code] } } } as typeof r
  }
  const resources = { en: withProbe('en'), zh: withProbe('zh') }
  return {
    ...real,
    BUNDLED_RESOURCES: resources,
    createBundledI18n: (lng: string, registry?: Parameters<typeof real.createBundledI18n>[1], extra = {}) => createDeckI18n(lng, { ...resources, ...extra }, registry),
  }
})

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
    const html = deckNoteHtml('escapeProbe')!
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; 80 GWh')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; 与 &lt;i&gt;斜体&lt;/i&gt;')
    expect(html).not.toMatch(/<script|<img|<b>|<i>/)
  })
})
