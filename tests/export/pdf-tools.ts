// Reading PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftohtml), and running the export.
import type { SpawnOptions } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

export const ROOT = new URL('../..', import.meta.url).pathname

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

/** `pdfinfo` fields (Title, Pages, ...). */
export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')
    .map(l => /^([^:]+):(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => Boolean(m))
    .map(m => [m[1], m[2].trim()]))
}

export interface PdfFont { name: string, type: string, embedded: boolean }
/** `pdffonts` rows. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n')
  const header = lines[0]
  const typeAt = header.indexOf('type')
  const encodingAt = header.indexOf('encoding')
  const embAt = header.indexOf('emb')
  return lines.slice(2).filter(l => l.trim()).map(l => ({
    name: l.slice(0, typeAt).trim(),
    type: l.slice(typeAt, encodingAt).trim(),
    embedded: l.slice(embAt, embAt + 3).trim() === 'yes',
  }))
}

/** Text of each page (pdftotext, pages split at form feeds). */
const pageCache = new Map<string, string[]>()
export function pdfPages(file: string): string[] {
  const cached = pageCache.get(file)
  if (cached)
    return cached
  const pages = run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).split('\f').slice(0, -1)
  pageCache.set(file, pages)
  return pages
}

/** The PDF outline (bookmarks) as flat titles with their page numbers, read by pdftohtml. */
export function pdfOutline(file: string): { title: string, page: number }[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-enc', 'UTF-8', file])
  const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? ''
  const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&#39;', '\'').replaceAll('&apos;', '\'').replaceAll('&amp;', '&')
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(m => ({ page: Number(m[1]), title: decode(m[2]) }))
}

/** The named destinations of a PDF (`pdfinfo -dests`): name → page number. Chromium names one for each element an internal link points at. */
export function pdfDests(file: string): Map<string, number> {
  return new Map([...run('pdfinfo', ['-dests', file]).matchAll(/^\s*(\d+)\s+\[[^\]]*\]\s+"([^"]*)"\s*$/gm)].map(m => [m[2], Number(m[1])]))
}

/**
 * The links inside a PDF that lead to one of its own pages, as pdftohtml reads them: the page the link
 * is on, the page it leads to, and the text it covers. (A link out of the document has a URL instead.)
 */
export function pdfInternalLinks(file: string): { page: number, target: number, text: string }[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-enc', 'UTF-8', file])
  const links: { page: number, target: number, text: string }[] = []
  for (const [, no, body] of xml.matchAll(/<page number="(\d+)"[^>]*>([\s\S]*?)<\/page>/g)) {
    for (const m of body!.matchAll(/<a href="[^"#]*\.html#(\d+)">([\s\S]*?)<\/a>/g))
      links.push({ page: Number(no), target: Number(m[1]), text: m[2]!.replace(/<[^>]+>/g, '') })
  }
  return links
}

/** Collapses whitespace away, so text broken over lines by the layout still compares. */
export const squash = (s: string): string => s.replace(/\s+/g, '')

export interface RunResult { code: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string }

/**
 * `node --import tsx scripts/export.ts ...args` (as `npm run export` runs it: one process, so a signal
 * reaches the export itself), or with a test hook (`truncate:zh`, `hold:en`: see
 * tests/export/export-with-hook.ts) passed in as an option; `onStart` gets the child (to signal it).
 */
export function runExport(args: string[], env: Record<string, string> = {}, onStart?: (child: ReturnType<typeof spawn>) => void, hook?: string): Promise<RunResult> {
  const options: SpawnOptions = { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }
  const script = hook ? ['tests/export/export-with-hook.ts', hook] : ['scripts/export.ts']
  const child = spawn(process.execPath, ['--import', 'tsx', ...script, ...args], options)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => {
    stdout += String(d)
  })
  child.stderr!.on('data', (d) => {
    stderr += String(d)
  })
  onStart?.(child)
  return new Promise(r => child.on('close', (code, signal) => r({ code, signal, stdout, stderr })))
}

/** Slidev's own count of the deck's slides (the PDF has one page per slide: no click steps). */
export async function slideCount(): Promise<number> {
  return (await slideKeys()).length
}

/** The frontmatter `key` of each slide, in deck order (Slidev's own reading of the deck). */
export async function slideKeys(): Promise<(string | undefined)[]> {
  const { resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: join(ROOT, 'slides.md') }, 'export')
  return options.data.slides.map(s => typeof s.frontmatter.key === 'string' ? s.frontmatter.key : undefined)
}

const CJK = /[\u3400-\u9FFF]/

/**
 * Are the Chinese glyphs real, or boxes? A missing CJK font still exports (Chromium draws .notdef
 * boxes, and the PDF keeps the text and embeds a font), so text and font checks cannot tell. This
 * renders the first line of Chinese text on `page` and measures the ink of each character cell:
 * real glyphs differ a lot (什 vs 了 vs ，), boxes are all alike. Returns the coefficient of
 * variation of the cells' ink (boxes ≈ 0.0x, real text well above 0.2), or undefined when the page
 * has no Chinese line.
 */
export function cjkInkVariation(file: string, page: number, workDir: string): number | undefined {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'])
  const word = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<\/word>/g)]
    .find(m => [...m[5]].length >= 6 && [...m[5]].every(c => CJK.test(c) || /[\u3000-\u303F\uFF00-\uFFEF]/.test(c)))
  if (!word)
    return undefined
  const [xMin, yMin, xMax, yMax] = word.slice(1, 5).map(Number)
  const chars = [...word[5]].length
  const dpi = 144
  const px = (pt: number) => Math.round(pt * dpi / 72)
  const root = join(workDir, `ink-${page}`)
  run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-singlefile', '-x', String(px(xMin)), '-y', String(px(yMin)), '-W', String(px(xMax - xMin)), '-H', String(px(yMax - yMin)), file, root])
  const pgm = readFileSync(`${root}.pgm`)
  // binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'))!
  const [w, h] = [Number(header[1]), Number(header[2])]
  const pixels = pgm.subarray(header[0].length)
  const cells = Array.from<number>({ length: chars }).fill(0)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++)
      cells[Math.min(chars - 1, Math.floor(x * chars / w))] += 255 - pixels[y * w + x]
  }
  const mean = cells.reduce((a, b) => a + b, 0) / chars
  const sd = Math.sqrt(cells.reduce((a, b) => a + (b - mean) ** 2, 0) / chars)
  return mean > 0 ? sd / mean : 0
}

/**
 * A font the deck ships, as a PDF names it: Inter, Noto Sans SC or Fira Code, with the subset tag
 * Chromium adds (`ABCDEF+Inter-Bold`; fontsource's static Noto Sans SC files call themselves
 * `NotoSansSCThin-Bold`). A Type 3 font (`[none]`) or a system font (`DejaVuSans`) is not one.
 */
export const SHIPPED_FONT = /^(?:[A-Z]{6}\+)?(?:Inter|NotoSansSC|FiraCode)[A-Z]*-[A-Z]+$/i

/** `pdffonts` rows that are not a shipped font, embedded, as a real (not Type 3) font: `name (type)`. */
export function foreignFonts(file: string): string[] {
  return pdfFonts(file).filter(f => !SHIPPED_FONT.test(f.name) || f.type === 'Type 3' || !f.embedded).map(f => `${f.name} (${f.type}${f.embedded ? '' : ', not embedded'})`)
}

/** Text drawn with a font the deck does not ship (a system fallback), as `{ font, text }`. */
export function textInSystemFonts(file: string): { font: string, text: string }[] {
  const system = pdfFonts(file).map(f => f.name).filter(n => !SHIPPED_FONT.test(n))
  if (!system.length)
    return []
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', '-enc', 'UTF-8', file])
  const ids = new Map([...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"/g)].filter(m => system.includes(m[2])).map(m => [m[1], m[2]]))
  return [...xml.matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)]
    .filter(m => ids.has(m[1]))
    .map(m => ({ font: ids.get(m[1])!, text: m[2].replace(/<[^>]+>/g, '') }))
}
