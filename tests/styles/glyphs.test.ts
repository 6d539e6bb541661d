// Every character the deck can render is drawn by a font the deck ships, in every weight it is set in:
// the face's unicode-range includes it and its woff2 file has the glyph (fontkit reads the files).
// Otherwise the browser takes it from whatever font the machine has, and the PDFs differ by machine.
import type { TextSample } from '../../scripts/fonts/faces'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { deckTextSamples, MONO, MONO_WEIGHTS, SANS, SANS_WEIGHTS, uncommented } from '../../scripts/fonts/deck-text'
import { charactersToShip, EXTRA_CSS } from '../../scripts/fonts/extra-glyphs'
import { codePointOf, deckFontFaces, drawingFace, faceDraws, missingGlyphs, openFont, parseUnicodeRange, ROOT } from '../../scripts/fonts/faces'

const faces = deckFontFaces()
let samples: TextSample[]
let missing: ReturnType<typeof missingGlyphs>
let toShip: number[]

// Reading the text and a few hundred font files takes about 3 s of CPU: once, with room for a busy machine.
beforeAll(() => {
  samples = deckTextSamples()
  missing = missingGlyphs(samples, faces)
  toShip = charactersToShip(samples)
}, 120_000)

function report(missing: ReturnType<typeof missingGlyphs>): string[] {
  return missing.map(m => `${m.codePoint} ${m.char} at ${m.weight} in ${m.families.join(', ')} (${m.where})`)
}

/** The deck's own stylesheets and components (not the packages'). */
function styleSources(): { file: string, text: string }[] {
  const walk = (dir: string, exts: string[]): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? walk(join(dir, e.name), exts) : exts.some(x => e.name.endsWith(x)) ? [join(dir, e.name)] : [])
  const files = [...walk(join(ROOT, 'styles'), ['.css']), ...walk(join(ROOT, 'components'), ['.vue']), ...walk(join(ROOT, 'pages'), ['.vue']), join(ROOT, 'global-top.vue'), join(ROOT, 'custom-nav-controls.vue')]
  return files.map(file => ({ file: relative(ROOT, file), text: uncommented(readFileSync(file, 'utf8')) }))
}

describe('glyphs: every character the deck renders comes from a shipped font', () => {
  it('collects the deck\'s text in both languages: locale strings, figures, notes, references, slides', () => {
    const chars = new Set(samples.flatMap(s => [...s.text]))
    for (const c of ['₂', '万', '亿', '千', '瓦', '时', '—', '·', '×', '→', '›', 'ï'])
      expect(chars.has(c), `${codePointOf(c)} ${c}`).toBe(true)
    expect(samples.some(s => s.where.startsWith('notes of slide'))).toBe(true)
    expect(samples.some(s => s.where.startsWith('figure '))).toBe(true)
  })

  it('draws each of them with a shipped face, in every weight the deck uses for its script', () => {
    expect(report(missing), 'missing glyphs: run `npm run fonts:extra`').toEqual([])
  })

  it('reports a planted character that no shipped font has, and passes CO₂e', () => {
    // ⚓ (U+2693): in no shipped file (☃ would not do: Noto Sans SC has a snowman)
    const planted: TextSample = { text: 'CO₂e ⚓', families: SANS.en!, weights: SANS_WEIGHTS, where: 'planted' }
    const found = missingGlyphs([...samples, planted], faces)
    expect(found.map(m => `${m.char} ${m.weight}`)).toEqual(SANS_WEIGHTS.map(w => `⚓ ${w}`))
    expect(found[0]!.where).toBe('planted')
  }, 60_000)

  it('counts a face only where its file has the glyph, not where its unicode-range merely says so', () => {
    const two = 0x2082
    // fontsource declares ₂ in ranges whose files lack it: that alone would pass a range-only check
    const claimed = faces.filter(f => f.css !== EXTRA_CSS && f.ranges.some(([a, b]) => two >= a && two <= b))
    expect(claimed.length).toBeGreaterThan(0)
    expect(claimed.filter(f => faceDraws(f, two)).map(f => relative(ROOT, f.file))).toEqual([])
    // without the deck's own subset, ₂ is missing in every weight; with it, drawn by Inter
    const fontsource = faces.filter(f => f.css !== EXTRA_CSS)
    const co2 = samples.filter(s => s.text.includes('₂'))
    expect(co2.length).toBeGreaterThan(0)
    expect(new Set(missingGlyphs(co2, fontsource).filter(m => m.char === '₂').map(m => m.weight))).toEqual(new Set(SANS_WEIGHTS))
    for (const weight of SANS_WEIGHTS) {
      for (const families of Object.values(SANS))
        expect(drawingFace(faces, families, weight, 'normal', two)?.css, `${weight} ${families}`).toBe(EXTRA_CSS)
    }
  }, 60_000)

  it('ships the extra subset with exactly the characters fontsource lacks, as Inter in each weight', () => {
    const extra = faces.filter(f => f.css === EXTRA_CSS)
    expect(extra.map(f => `${f.family} ${f.weight} ${f.style}`)).toEqual(SANS_WEIGHTS.map(w => `Inter ${w} normal`))
    const needed = toShip
    expect(needed).toContain(0x2082)
    for (const face of extra) {
      const inRange = face.ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))
      expect(inRange, 'styles/fonts/inter-extra.css is stale: run `npm run fonts:extra`').toEqual(needed)
      const font = openFont(face.file)
      expect(font.postscriptName).toMatch(/^Inter-/)
      expect(font['OS/2'].usWeightClass).toBe(face.weight)
      for (const cp of needed)
        expect(font.hasGlyphForCodePoint(cp), `${relative(ROOT, face.file)} ${codePointOf(String.fromCodePoint(cp))}`).toBe(true)
    }
  })

  it('ships every weight and style the deck sets, and nothing is synthesized', () => {
    for (const family of new Set(Object.values(SANS).flat())) {
      for (const weight of SANS_WEIGHTS)
        expect(faces.some(f => f.family === family && f.weight === weight && f.style === 'normal'), `${family} ${weight}`).toBe(true)
    }
    for (const weight of MONO_WEIGHTS)
      expect(faces.some(f => f.family === MONO[0] && f.weight === weight), `${MONO[0]} ${weight}`).toBe(true)
    // no italic face ships: nothing may ask for one (a browser would slant the upright face, Chinese included)
    expect(faces.filter(f => f.style !== 'normal').map(f => relative(ROOT, f.file))).toEqual([])
    const weights = new Set(['normal', 'bold', ...SANS_WEIGHTS.map(String)])
    for (const { file, text } of styleSources()) {
      for (const [, value] of text.matchAll(/font-weight:\s*([^;}"]+)/g))
        expect(weights.has(value!.replace(/\s*!important/, '').trim()), `${file}: font-weight: ${value}`).toBe(true)
      for (const [, value] of text.matchAll(/font-style:\s*([^;}"]+)/g))
        expect(value!.trim(), `${file}: font-style: ${value}`).toMatch(/^normal(?:\s*!important)?$/)
    }
    expect(readFileSync(join(ROOT, 'styles/index.css'), 'utf8')).toMatch(/:root\s*\{[^}]*font-synthesis:\s*none/)
  })

  it('sets text in the font stacks the check assumes', () => {
    const stacks = new Set(Object.values(SANS).map(s => [...s.map(f => `'${f}'`), 'sans-serif'].join(', ')))
    let seen = 0
    for (const { file, text } of styleSources()) {
      for (const [, value] of text.replace(/@font-face\s*\{[^}]*\}/g, '').matchAll(/font-family:\s*([^;}]+)/g)) {
        seen++
        expect(stacks.has(value!.trim()), `${file}: font-family: ${value}`).toBe(true)
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4)
  })

  it('reads unicode-range as CSS writes it', () => {
    expect(parseUnicodeRange('U+2082, U+0400-045F,U+4??')).toEqual([[0x2082, 0x2082], [0x400, 0x45F], [0x400, 0x4FF]])
  })
})
