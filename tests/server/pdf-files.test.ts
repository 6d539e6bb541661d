// The PDFs' names and the list the build hands the site (model/pdf-files.ts).
import { describe, expect, it } from 'vitest'
import { allPdfs, parsePdfEntries, pdfEntry, pdfName } from '../../model/pdf-files'

describe('the talk\'s PDF files', () => {
  it('names each kind as the export writes it', () => {
    expect(allPdfs(['en', 'zh']).map(p => pdfName(p.lang, p.kind))).toEqual([
      'ai-energy-en.pdf',
      'ai-energy-zh.pdf',
      'ai-energy-en-handout.pdf',
      'ai-energy-zh-handout.pdf',
      'ai-energy-zh-en.pdf', // only Chinese leads a bilingual pair
      'ai-energy-zh-en-handout.pdf',
    ])
  })

  it('reads back the list it writes for the site, a bare language as its slides, and drops unknown kinds', () => {
    const all = allPdfs(['en', 'zh'])
    expect(parsePdfEntries(all.map(pdfEntry).join(','))).toEqual(all)
    expect(parsePdfEntries('en,zh:handout')).toEqual([{ lang: 'en', kind: 'slides' }, { lang: 'zh', kind: 'handout' }])
    expect(parsePdfEntries('en:poster,:slides,,zh:bilingual')).toEqual([{ lang: 'zh', kind: 'bilingual' }])
  })
})
