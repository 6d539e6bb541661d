// What the browser's copy of a module leaves out (vite.config.ts, `deck:lean-client`): only what no
// component shows — presenter notes in the locale files, the model's English notes and formulas — and
// a slide's rendered notes moved to a chunk of their own, read back through a getter.
import type { Tree } from '../locales/leaves'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { FIGURES } from '../../model/figures'
import { leanForBrowser, notesOnDemand } from '../../vite.config'
import { leaves } from '../locales/leaves'

const ROOT = new URL('../..', import.meta.url).pathname
const read = (f: string): string => readFileSync(join(ROOT, f), 'utf8')

describe('locale files in the browser', () => {
  for (const code of ['en', 'zh']) {
    it(`${code}: every key but the slides' presenter notes`, () => {
      const text = read(`locales/${code}.json`)
      const lean = JSON.parse(leanForBrowser(`${ROOT}locales/${code}.json`, text)!) as Tree
      const full = leaves(JSON.parse(text) as Tree)
      expect(full.some(([k]) => /^slides\.\w+\.notes$/.test(k))).toBe(true)
      expect(leaves(lean)).toEqual(full.filter(([k]) => !/^slides\.\w+\.notes$/.test(k)))
    })
  }

  it('leaves other JSON and queried imports alone', () => {
    expect(leanForBrowser(`${ROOT}package.json`, '{}')).toBeUndefined()
    expect(leanForBrowser(`${ROOT}locales/en.json?raw`, '{}')).toBeUndefined()
  })
})

describe('the model in the browser', () => {
  it('figures: the same figures, values and sources, without notes and formulas, and still valid TypeScript', () => {
    const text = read('model/figures.ts')
    const lean = leanForBrowser(`${ROOT}model/figures.ts`, text)!
    expect(text.match(/\bnote: '/g)?.length).toBe(Object.keys(FIGURES).length)
    expect(lean).not.toMatch(/\b(?:note|formula):\s*['"`]/)
    for (const id of Object.keys(FIGURES))
      expect(lean, id).toContain(`'${id}': { value: ${text.match(new RegExp(`'${id.replace('.', '\\.')}': \\{ value: ([^,]+),`))![1]}`)
    expect(lean.match(/\bsource: '/g)?.length).toBe(text.match(/\bsource: '/g)?.length)
    const out = ts.transpileModule(lean, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } })
    expect(out.diagnostics ?? []).toEqual([])
    // a planted note with escaped quotes and a formula
    expect(leanForBrowser('/x/model/quotes.ts', `{ a: 1, note: 'it\\'s "x"', formula: "a × b", b: 2 }`)).toBe(`{ a: 1, b: 2 }`)
  })
})

describe('a slide\'s notes on demand (site build)', () => {
  // the form of Slidev's frontmatter module of a slide (its loader, node/vite/loaders.ts)
  const module = (data: object) => ['import { computed, reactive, shallowReactive } from "vue"', 'export const meta = shallowReactive({', '  slide: {', `    ...(${JSON.stringify(data)}),`, '    frontmatter,', '    no: 3,', '  },', '})'].join('\n')

  it('takes the notes out and reads them back through deckNote', () => {
    const split = notesOnDemand(module({ title: 'x', noteHTML: '<p>Hello `there`</p>', frontmatterRaw: 'key: x # a comment', level: 1 }), 3)!
    expect(split.noteHtml).toBe('<p>Hello `there`</p>')
    expect(split.code).not.toContain('Hello')
    expect(split.code).toContain('...({"title":"x","frontmatterRaw":"","level":1}),')
    expect(split.code).toContain('get noteHTML() { return deckNote(3, () => import("virtual:deck-note/3")) },')
    expect(split.code).toMatch(/^import \{ deckNote \} from ".*setup\/notes-on-demand\.ts"\n/)
    expect(ts.transpileModule(split.code, { reportDiagnostics: true }).diagnostics ?? []).toEqual([])
  })

  it('leaves a slide without notes, or a module of another form, as it is', () => {
    expect(notesOnDemand(module({ title: 'x', noteHTML: '' }), 1)).toBeUndefined()
    expect(notesOnDemand('export default {}', 1)).toBeUndefined()
  })
})
