// `npm run export -- --scenario "<address query>"`: the calculators print that scenario, read back
// from the PDF, while the talk's other pages stay as they are.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { formatEnergy } from '../../i18n/format'
import en from '../../locales/en.json'
import { computeTraining, defaultCalculatorsState } from '../../model/calculators'
import { pdfPages, runExport, squash } from './pdf-tools'

let out: string
let exported: Awaited<ReturnType<typeof runExport>>

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'deck-pdf-scenario-'))
  exported = await runExport(['--lang', 'en', '--only', 'slides', '--scenario', 'train.gpus=50000&train.pue=1.2', '--out', out, '--from-build', inject('exportBuild')])
}, 300_000)

afterAll(() => {
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe('export --scenario', () => {
  it('prints the training calculator with the scenario\'s inputs and the energy they give', () => {
    expect(exported.code, exported.stderr).toBe(0)
    expect(exported.stdout).toContain('calculators with the scenario train.gpus=50000&train.pue=1.2')
    const page = pdfPages(join(out, 'ai-energy-en.pdf')).find(p => p.includes(en.calc.fields.gpus) && p.includes(en.calc.out.energy))
    expect(page, 'the training calculator page').toBeDefined()
    const text = squash(page!)
    expect(text).toContain('50000')
    expect(text).toContain('1.2')
    const { timeBasis, inputs } = defaultCalculatorsState().training
    const numbers = { ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Number(v)])), gpus: 50000, pue: 1.2 }
    const energy = formatEnergy(computeTraining(timeBasis, numbers).energyKwh, 'en').text
    const article = formatEnergy(computeTraining(timeBasis, Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, Number(v)]))).energyKwh, 'en').text
    expect(energy).not.toBe(article)
    expect(text).toContain(squash(energy))
  })
})
