// Is a freshly printed PDF whole? Checked before it replaces the previous one.
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { open } from 'node:fs/promises'

/** Page count from `pdfinfo` (poppler), or undefined when it is not installed. */
function pdfinfoPages(file: string): number | undefined {
  let out: string
  try {
    out = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  }
  catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return undefined
    throw new Error(`pdfinfo cannot read it: ${String((e as { stderr?: string }).stderr ?? e).trim()}`)
  }
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? 0)
}

/** Throws unless `file` is a complete PDF with `pages` pages (page count checked when pdfinfo exists). */
export async function checkPdf(file: string, pages: number): Promise<void> {
  const size = statSync(file).size
  if (size < 1024)
    throw new Error(`the PDF is only ${size} bytes`)
  const fh = await open(file, 'r')
  try {
    const head = Buffer.alloc(5)
    await fh.read(head, 0, 5, 0)
    const tail = Buffer.alloc(Math.min(1024, size))
    await fh.read(tail, 0, tail.length, size - tail.length)
    if (head.toString('latin1') !== '%PDF-')
      throw new Error('the file does not start with %PDF-')
    if (!tail.toString('latin1').trimEnd().endsWith('%%EOF'))
      throw new Error('the PDF is truncated (no %%EOF at its end)')
  }
  finally { await fh.close() }
  const found = pdfinfoPages(file)
  if (found !== undefined && found !== pages)
    throw new Error(`the PDF has ${found} pages, the deck ${pages} slides`)
}
