// The font faces the deck ships, read from its stylesheet (styles/index.css and the CSS it imports:
// fontsource's packages and the deck's own files), and whether they draw a character.
// A face draws a character when its `unicode-range` includes it AND its woff2 file has a glyph for it:
// fontsource's ranges are wider than some of its files (U+2082 is in the range of a Noto Sans SC
// subset whose file has no such glyph), so the range alone proves nothing.
import type { Font } from 'fontkit'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import * as fontkit from 'fontkit'

export const ROOT = resolve(import.meta.dirname, '../..')
const DECK_CSS = resolve(ROOT, 'styles/index.css')

/** A code point range, both ends included. */
export type Range = readonly [number, number]

export interface Face {
  family: string
  weight: number
  style: string
  /** Where the range is unset: every code point. */
  ranges: Range[]
  /** The woff2 file, absolute. */
  file: string
  /** The stylesheet that declares it. */
  css: string
}

/** `U+0460-052F,U+1C80-1C8A,U+4??` → ranges. */
export function parseUnicodeRange(value: string): Range[] {
  return value.split(',').map(s => s.trim()).filter(Boolean).map((part) => {
    const m = /^U\+([0-9A-F?]+)(?:-([0-9A-F]+))?$/i.exec(part)
    if (!m)
      throw new Error(`unicode-range: cannot read "${part}"`)
    if (m[1].includes('?'))
      return [Number.parseInt(m[1].replaceAll('?', '0'), 16), Number.parseInt(m[1].replaceAll('?', 'F'), 16)] as const
    const start = Number.parseInt(m[1], 16)
    return [start, m[2] ? Number.parseInt(m[2], 16) : start] as const
  })
}

/** `[[0x2082, 0x2082], [0x2190, 0x2191]]` → `U+2082,U+2190-2191`. */
export function formatUnicodeRange(ranges: readonly Range[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',')
}

/** Sorted code points → the fewest ranges. */
export function toRanges(codePoints: Iterable<number>): Range[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  const out: [number, number][] = []
  for (const cp of sorted) {
    const last = out.at(-1)
    if (last && cp === last[1] + 1)
      last[1] = cp
    else out.push([cp, cp])
  }
  return out
}

const inRanges = (cp: number, ranges: readonly Range[]): boolean => ranges.some(([a, b]) => cp >= a && cp <= b)

const WEIGHTS: Record<string, number> = { normal: 400, bold: 700 }

/** The `@font-face` rules of one stylesheet's text (`css` names its file, for resolving `url()`). */
function parseFontFaces(text: string, css: string): Face[] {
  const faces: Face[] = []
  const body = text.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const m of body.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const decl = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`, 'i').exec(m[1])?.[1].trim()
    const family = decl('font-family')?.replace(/^["']|["']$/g, '')
    const src = decl('src') ?? ''
    // the woff2 source (fontsource lists a woff one after it, which the build leaves out)
    const url = src.split(',').map(s => /url\(["']?([^"')\s]+)["']?\)\s*format\(["']?woff2["']?\)/.exec(s.trim())?.[1]).find(Boolean)
    if (!family || !url)
      throw new Error(`${css}: an @font-face without a family or a woff2 source`)
    const weight = decl('font-weight') ?? '400'
    faces.push({
      family,
      weight: WEIGHTS[weight] ?? Number(weight),
      style: decl('font-style') ?? 'normal',
      ranges: parseUnicodeRange(decl('unicode-range') ?? 'U+0-10FFFF'),
      file: resolve(dirname(css), url),
      css,
    })
  }
  return faces
}

/** `@import` targets of a stylesheet, resolved: a relative path, or a package's file (`@fontsource/inter/400.css`). */
function imports(text: string, css: string): string[] {
  const require = createRequire(css)
  return [...text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@import (?:url\()?["']([^"']+)["']/g)].map(([, target]) => {
    if (target.startsWith('.'))
      return resolve(dirname(css), target)
    return require.resolve(target)
  })
}

/** Every `@font-face` the deck's stylesheet declares, following its `@import`s. */
export function deckFontFaces(entry: string = DECK_CSS): Face[] {
  const seen = new Set<string>()
  const walk = (css: string): Face[] => {
    if (seen.has(css))
      return []
    seen.add(css)
    const text = readFileSync(css, 'utf8')
    return [...parseFontFaces(text, css), ...imports(text, css).flatMap(walk)]
  }
  return walk(entry)
}

const fonts = new Map<string, Font>()
/** A font file, opened once (fontsource's Chinese subsets are many; a test opens only those its text needs). */
export function openFont(file: string): Font {
  let font = fonts.get(file)
  if (!font) {
    if (!existsSync(file))
      throw new Error(`font file missing: ${file}`)
    font = fontkit.openSync(file) as Font
    fonts.set(file, font)
  }
  return font
}

/** Does this face draw `cp`: in its unicode-range, and a glyph in its file. */
export function faceDraws(face: Face, cp: number): boolean {
  return inRanges(cp, face.ranges) && openFont(face.file).hasGlyphForCodePoint(cp)
}

/**
 * The face that draws `cp` for text set in `families` (in that order) at `weight` and `style`, with
 * `font-synthesis: none`: in each family only the faces of that exact weight and style count (the
 * deck uses only weights it ships, and a browser never takes another weight's face for a character
 * the right weight's faces lack: it goes on to the next family), or undefined when none does.
 */
export function drawingFace(faces: readonly Face[], families: readonly string[], weight: number, style: string, cp: number): Face | undefined {
  for (const family of families) {
    const face = faces.find(f => f.family === family && f.weight === weight && f.style === style && faceDraws(f, cp))
    if (face)
      return face
  }
  return undefined
}

/** A character that no shipped face draws, with where it is used. */
export interface Missing { char: string, codePoint: string, weight: number, families: readonly string[], where: string }

export interface TextSample {
  /** What the deck renders (a locale string, a formatted figure, a slide's text…). */
  text: string
  /** The font-family list it is set in. */
  families: readonly string[]
  /** The weights it may be set in. */
  weights: readonly number[]
  /** Where it comes from, for the report. */
  where: string
}

/** `U+2082` for a character. */
export const codePointOf = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** Characters that only lay text out (line breaks, tabs) and are never drawn. */
const NOT_DRAWN = /[\n\r\t\f\v\u200B-\u200D\u2060\uFEFF]/

/**
 * Every character of `samples` that no face of its families draws, in each of its weights (style
 * normal: the deck ships no italic), one entry per character, font stack and weight.
 */
export function missingGlyphs(samples: readonly TextSample[], faces: readonly Face[]): Missing[] {
  const missing = new Map<string, Missing>()
  const checked = new Set<string>()
  for (const { text, families, weights, where } of samples) {
    for (const char of new Set(text)) {
      if (NOT_DRAWN.test(char))
        continue
      const cp = char.codePointAt(0)!
      for (const weight of weights) {
        const key = `${families.join(',')}|${weight}|${cp}`
        if (checked.has(key))
          continue
        checked.add(key)
        if (!drawingFace(faces, families, weight, 'normal', cp))
          missing.set(key, { char, codePoint: codePointOf(char), weight, families, where })
      }
    }
  }
  return [...missing.values()]
}
