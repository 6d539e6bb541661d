// When the export cannot finish, a good PDF already in place stays exactly as it was.
import { Buffer } from 'node:buffer'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { NO_BROWSER_HELP } from '../../scripts/browser'
import { runExport } from './pdf-tools'

/** Stands for a good PDF from an earlier export. */
const GOOD = Buffer.from('%PDF-1.7\n% a good PDF from an earlier export\n%%EOF\n')
const dirs: string[] = []
let out: string

beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'deck-export-fail-'))
  dirs.push(out)
})

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const files = () => readdirSync(out).sort()
/**
 * The two tests around the printing (a PDF cut short, an interrupt while one waits for its check) print
 * nothing: the export copies each PDF from the default export (tests/export/export-with-hook.ts).
 */
const PRINTED = { DECK_TEST_PRINTED: inject('exportPdfs') }

describe('export failures', () => {
  it('without a browser: exit code 2, how to get one on stderr, nothing written', async () => {
    writeFileSync(join(out, 'ai-energy-en.pdf'), GOOD)
    const r = await runExport(['--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(NO_BROWSER_HELP)
    expect(files()).toEqual(['ai-energy-en.pdf'])
    expect(readFileSync(join(out, 'ai-energy-en.pdf'))).toEqual(GOOD)
  })

  it('bad arguments: exit code 64 and the usage', async () => {
    const r = await runExport(['--lang', 'fr', '--out', out])
    expect(r.code).toBe(64)
    expect(r.stderr).toMatch(/unknown language[\s\S]*Usage/)
    const only = await runExport(['--only', 'posters', '--out', out])
    expect(only.code).toBe(64)
    expect(only.stderr).toMatch(/--only takes slides or handout or bilingual or bilingual-handout, or a comma list of them[\s\S]*Usage/)
    const build = await runExport(['--from-build', join(out, 'nothing-here'), '--out', out])
    expect(build.code).toBe(64)
    expect(build.stderr).toMatch(/--from-build: .*holds no build/)
    expect(files()).toEqual([])
  })

  it('a PDF cut short is never put in place: the good one stays, the other PDFs still export', async () => {
    writeFileSync(join(out, 'ai-energy-zh.pdf'), GOOD)
    // test hook passed to the export: the zh slides PDF is truncated after Chromium wrote it
    const r = await runExport(['--lang', 'zh', '--only', 'slides,bilingual', '--out', out, '--from-build', inject('exportBuild')], PRINTED, undefined, 'truncate:zh')
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/zh failed: .*truncated.*ai-energy-zh\.pdf was not replaced/)
    expect(r.stderr).not.toMatch(/handout failed/)
    expect(files()).toEqual(['ai-energy-zh-en.pdf', 'ai-energy-zh.pdf'])
    expect(readFileSync(join(out, 'ai-energy-zh.pdf'))).toEqual(GOOD)
    // the bilingual PDF is its own job: Chinese leading, written although the Chinese slides failed
    expect(readFileSync(join(out, 'ai-energy-zh-en.pdf'))).toEqual(readFileSync(join(inject('exportPdfs'), 'ai-energy-zh-en.pdf')))
  }, 240_000)

  it('on SIGTERM mid-export: exit 143, temp files removed, the good PDF untouched', async () => {
    writeFileSync(join(out, 'ai-energy-en.pdf'), GOOD)
    // test hook passed to the export: it waits with its temporary PDF written but not yet checked
    const r = await runExport(['--lang', 'en', '--only', 'slides', '--out', out, '--from-build', inject('exportBuild')], PRINTED, (child) => {
      child.stdout!.on('data', (d) => {
        if (String(d).includes('held before its check')) {
          expect(readdirSync(out).filter(f => f.endsWith('.tmp.pdf'))).toHaveLength(1)
          child.kill('SIGTERM')
        }
      })
    }, 'hold:en')
    expect(r.signal ?? r.code).toBe(143)
    expect(r.stderr).toContain('interrupted (SIGTERM)')
    expect(files()).toEqual(['ai-energy-en.pdf'])
    expect(readFileSync(join(out, 'ai-energy-en.pdf'))).toEqual(GOOD)
    expect(existsSync(join(out, 'ai-energy-zh.pdf'))).toBe(false)
  }, 240_000)
})
