// Like with like: every energy and emissions figure records its basis (PUE in or out; for emissions,
// operational or with idle/embodied), and no slide, chart or calculator preset puts figures of
// different bases side by side without a visible key that says so.
import type { Comparison, FigureId, TrainingPreset } from '../../model'
import type { Tree } from '../locales/leaves'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import zh from '../../locales/zh.json'
import {
  basisOf,
  checkComparison,
  COMPARISONS,
  DATA_CENTRE_COLUMNS,
  describeBasis,
  FIGURES,
  isReferenceAmount,
  needsBasis,
  onBasis,
  QUOTES,
  RANGES,
  REQUEST_KINDS,
  TRAINING_ENERGY_RUNS,
  TRAINING_PRESETS,
} from '../../model'
import { leaves } from '../locales/leaves'

const ROOT = new URL('../..', import.meta.url).pathname
const ids = Object.keys(FIGURES) as FigureId[]
const enMap = new Map(leaves(en as Tree))
const zhMap = new Map(leaves(zh as Tree))
const read = (f: string): string => readFileSync(join(ROOT, f), 'utf8')

/** The comparison registered for a place, if any. */
const comparisonAt = (where: string): Comparison | undefined => COMPARISONS.find(c => c.where === where)
/** Figures a comparison accounts for (on its basis, or declared on another). */
const coveredFigures = (c: Comparison): Set<FigureId> => new Set([...c.figures, ...Object.keys(c.otherBasis ?? {}) as FigureId[]])

/** Problems of a preset's basis, in English: the PUE input must match the stated basis, and so must every expected figure. */
function checkTrainingPreset(id: string, p: TrainingPreset): string[] {
  const problems: string[] = []
  const pueFigure = p.figures.pue
  const pue = pueFigure ? FIGURES[pueFigure].value : 1
  if (p.resultBasis.pue === 'excluded' && (pue !== 1 || p.powerIncludesPue))
    problems.push(`${id}: stated as PUE excluded, but its PUE input is ${pue}${p.powerIncludesPue ? ' and its power includes PUE' : ''}`)
  if (p.resultBasis.pue === 'included' && pue === 1 && !p.powerIncludesPue)
    problems.push(`${id}: stated as PUE included, but its PUE input is 1 and its power figure does not include PUE`)
  if (p.powerIncludesPue && pue !== 1)
    problems.push(`${id}: its power includes PUE, so a PUE input of ${pue} would count the overhead twice`)
  for (const [out, e] of Object.entries(p.expected) as [string, { figure: FigureId }][]) {
    const basis = out === 'emissionsKg' ? { ...p.resultBasis, emissions: 'operational' as const } : p.resultBasis
    if (!onBasis(e.figure, basis))
      problems.push(`${id}.${out}: expects ${e.figure} (${describeBasis(basisOf(e.figure))}) but the preset computes ${describeBasis(basis)}`)
  }
  if (!p.noteKey)
    problems.push(`${id}: no note states its basis`)
  return problems
}

describe('every energy and emissions figure records its basis', () => {
  it('energy (kWh) and emissions (kg, lb) figures say whether PUE is included', () => {
    const missing = ids.filter(id => needsBasis(id) && !basisOf(id))
    expect(missing).toEqual([])
    expect(ids.filter(needsBasis).length).toBeGreaterThan(40)
  })

  it('emissions figures also say what they count (operational, idle, embodied, life cycle); energy figures do not', () => {
    for (const id of ids.filter(needsBasis)) {
      const b = basisOf(id)!
      if (['kg', 'lb'].includes(FIGURES[id].unit))
        expect(b.emissions, id).toBeDefined()
      else expect(b.emissions, id).toBeUndefined()
    }
  })

  it('no other figure carries a basis', () => {
    expect(ids.filter(id => !needsBasis(id) && basisOf(id))).toEqual([])
  })

  it('the published pairs are on the bases their sources give', () => {
    expect(basisOf('bloom.energy')).toEqual({ pue: 'excluded' })
    expect(basisOf('bloom.dynamicCo2')).toEqual({ pue: 'excluded', emissions: 'operational' })
    expect(basisOf('gpt3.energy')).toEqual({ pue: 'included' })
    expect(basisOf('gpt3.co2')).toEqual({ pue: 'included', emissions: 'operational' })
    expect(basisOf('bloom.totalCo2')?.emissions).toBe('lifecycle')
    expect(basisOf('dataCentres.world2022')?.scope).toBe('inclCrypto')
    expect(basisOf('dataCentres.world2026High')?.scope).toBe('inclCrypto')
    expect(basisOf('dataCentres.world2024')?.scope).toBe('exclCrypto')
  })
})

// ─────────────────────────────────────────────────────────────── the checker itself

describe('the comparison checker rejects planted mismatches', () => {
  const plain: Comparison = { where: 'slide:planted', basis: { pue: 'included' }, statedBy: 'x', figures: ['gpt3.energy', 'llama3.energy'] }

  it('accepts like with like', () => {
    expect(checkComparison(plain)).toEqual([])
  })

  it('rejects BLOOM\'s 433,196 kWh (no PUE) beside GPT-3\'s 1,287 MWh (PUE 1.1) when nothing says so', () => {
    const problems = checkComparison({ ...plain, figures: ['bloom.energy', 'gpt3.energy'] })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('bloom.energy')
  })

  it('rejects BLOOM\'s 24.7 t beside GPT-3\'s 552 t, and BLOOM\'s life-cycle 50.5 t beside GPT-3\'s operational 552 t', () => {
    const basis = { pue: 'included', emissions: 'operational' } as const
    expect(checkComparison({ ...plain, basis, figures: ['bloom.dynamicCo2', 'gpt3.co2'] })[0]).toContain('bloom.dynamicCo2')
    expect(checkComparison({ ...plain, basis, figures: ['bloom.totalCo2', 'gpt3.co2'] })[0]).toContain('bloom.totalCo2')
  })

  it('rejects the IEA\'s 2022 total (crypto included) beside its 2024 total (crypto excluded)', () => {
    const problems = checkComparison({ ...plain, basis: { pue: 'included', scope: 'exclCrypto' }, figures: ['dataCentres.world2024', 'dataCentres.world2022'] })
    expect(problems[0]).toContain('dataCentres.world2022')
  })

  it('accepts the same mismatch once a visible key states the other basis', () => {
    expect(checkComparison({ ...plain, figures: ['gpt3.energy'], otherBasis: { 'bloom.energy': 'slides.carbonCompare.basis' } })).toEqual([])
    expect(checkComparison({ ...plain, figures: ['gpt3.energy'], otherBasis: { 'bloom.energy': '' } })).not.toEqual([])
  })

  it('like with like is what Luccioni et al. compare: BLOOM with PUE 1.2 and GPT-3 with PUE 1.1, or both before PUE', () => {
    expect(onBasis('bloom.co2WithPue', { pue: 'included', emissions: 'operational' })).toBe(true)
    expect(onBasis('gpt3.co2', { pue: 'included', emissions: 'operational' })).toBe(true)
    expect(onBasis('bloom.dynamicCo2', { pue: 'excluded', emissions: 'operational' })).toBe(true)
    expect(onBasis('gpt3.co2BeforePue', { pue: 'excluded', emissions: 'operational' })).toBe(true)
  })

  it('a country\'s or a household\'s electricity is a yardstick, not a computing load', () => {
    expect(isReferenceAmount('devries.irelandElectricity')).toBe(true)
    expect(isReferenceAmount('household.us')).toBe(true)
    expect(isReferenceAmount('bloom.embodiedCo2')).toBe(false)
  })
})

// ─────────────────────────────────────────────────────────────── every comparison in the registry

describe('every registered comparison compares like with like or says so', () => {
  for (const c of COMPARISONS) {
    it(c.where, () => {
      expect(checkComparison(c)).toEqual([])
      for (const key of [c.statedBy, ...Object.values(c.otherBasis ?? {})]) {
        expect(enMap.has(key!), `en: ${key}`).toBe(true)
        expect(zhMap.has(key!), `zh: ${key}`).toBe(true)
      }
    })
  }
})

// ─────────────────────────────────────────────────────────────── charts

/** Each chart: its file, the figures it draws, and the keys it renders by name from the model (column labels). */
const CHARTS: Record<string, { file: string, figures: FigureId[], modelKeys: string[] }> = {
  trainingEnergy: { file: 'components/TrainingEnergyChart.vue', figures: TRAINING_ENERGY_RUNS.map(r => r.id), modelKeys: [] },
  datacentres: {
    file: 'components/DataCentreChart.vue',
    figures: DATA_CENTRE_COLUMNS.flatMap(c => ('high' in c ? [c.low, c.high] : [c.low]) as FigureId[]),
    modelKeys: DATA_CENTRE_COLUMNS.map(c => `charts.datacentres.${c.note}`),
  },
}
/** Text of a component plus the keys it renders from model lists, so a key check sees both. */
function visibleIn(file: string): string {
  const chart = Object.values(CHARTS).find(c => c.file === file)
  const vue = read(file)
  if (vue.includes('TRAINING_PRESETS[calc.state.preset].noteKey')) // the training calculator shows the loaded preset's note
    return `${vue}\n${Object.values(TRAINING_PRESETS).map(p => p.noteKey).join('\n')}`
  return chart && /charts\.datacentres\.\$\{c\.note\}/.test(vue) ? `${vue}\n${chart.modelKeys.join('\n')}` : vue
}

describe('charts state their basis on the chart', () => {
  for (const [name, chart] of Object.entries(CHARTS)) {
    it(name, () => {
      const c = comparisonAt(`chart:${name}`)
      expect(c, `chart:${name} is registered`).toBeDefined()
      const covered = coveredFigures(c!)
      expect(chart.figures.filter(id => !covered.has(id))).toEqual([])
      const vue = visibleIn(chart.file)
      for (const key of [c!.statedBy, ...Object.values(c!.otherBasis ?? {})])
        expect(vue.includes(key!), `${chart.file} shows ${key}`).toBe(true)
    })
  }

  it('each IEA column on another basis is labelled with the key that says so', () => {
    const c = comparisonAt('chart:datacentres')!
    for (const col of DATA_CENTRE_COLUMNS) {
      for (const id of ('high' in col ? [col.low, col.high] : [col.low]) as FigureId[]) {
        const key = c.otherBasis?.[id]
        if (key)
          expect(key, id).toBe(`charts.datacentres.${col.note}`)
      }
    }
  })
})

// ─────────────────────────────────────────────────────────────── slides (and their notes)

/** Slide sections by key: the markdown from a `key:` line up to the next one. */
function slideSections(): Map<string, string> {
  const out = new Map<string, string>()
  const files = ['slides.md', ...readdirSync(join(ROOT, 'slides')).filter(f => f.endsWith('.md')).map(f => `slides/${f}`)]
  for (const f of files) {
    const parts = read(f).split(/^key:\s*/m).slice(1)
    for (const p of parts) {
      const key = p.slice(0, p.indexOf('\n')).trim()
      out.set(key, p)
    }
  }
  return out
}

/** Components a section uses, by file, and their text. */
function componentsOf(section: string): string {
  return [...new Set([...section.matchAll(/<([A-Z]\w+)/g)].map(m => m[1]!))]
    .map((name) => {
      try {
        return visibleIn(`components/${name}.vue`)
      }
      catch {
        return ''
      }
    })
    .join('\n')
}

/** Energy and emissions figures a slide shows (on the slide, in components whose figures the model lists, and in its notes). */
function figuresShown(slideKey: string, section: string): FigureId[] {
  const keys = new Set([...section.matchAll(/(?:\$t\(\s*'|\bk=")([\w.]+)/g)].map(m => m[1]!))
  keys.add(`slides.${slideKey}.notes`)
  const found = new Set<FigureId>()
  for (const m of section.matchAll(/<Fig\s+id="([\w.]+)"/g)) found.add(m[1] as FigureId)
  for (const k of keys) {
    for (const text of [enMap.get(k), zhMap.get(k)]) {
      for (const m of (text ?? '').matchAll(/\{\{\s*fig\.(\w+\.\w+)\s*\}\}/g)) found.add(m[1] as FigureId)
      // a range shows its two figures; a quotation the figures its words state
      for (const m of (text ?? '').matchAll(/\{\{\s*range\.(\w+\.\w+)\s*\}\}/g)) Object.values(RANGES[m[1] as keyof typeof RANGES] ?? {}).forEach(id => found.add(id))
      for (const m of (text ?? '').matchAll(/\{\{\s*quote\.(\w+\.\w+)\s*\}\}/g)) (QUOTES[m[1] as keyof typeof QUOTES]?.figures ?? []).forEach(id => found.add(id))
    }
  }
  if (section.includes('<TrainingEnergyChart'))
    CHARTS.trainingEnergy!.figures.forEach(id => found.add(id))
  if (section.includes('<DataCentreChart'))
    CHARTS.datacentres!.figures.forEach(id => found.add(id))
  if (section.includes('<RequestsComparison'))
    Object.values(REQUEST_KINDS).forEach(id => found.add(id))
  return [...found].filter(id => id in FIGURES && needsBasis(id) && !isReferenceAmount(id))
}

/** Why a slide's comparison is not like with like, or not said: [] when fine. */
function slideProblems(slideKey: string, section: string, registry: readonly Comparison[] = COMPARISONS): string[] {
  const shown = figuresShown(slideKey, section)
  // Energy is compared with energy, emissions with emissions: each kind must be on one basis.
  const kinds = [shown.filter(id => FIGURES[id].unit === 'kWh'), shown.filter(id => FIGURES[id].unit !== 'kWh')]
  const mixed = kinds.filter(group => new Set(group.map(id => JSON.stringify(basisOf(id) ?? null))).size > 1)
  const c = registry.find(x => x.where === `slide:${slideKey}`)
  if (mixed.length === 0 && !c)
    return []
  if (!c)
    return mixed.map(group => `slide ${slideKey} shows ${group.join(', ')} on different bases and no comparison states them`)
  const problems = checkComparison(c)
  const covered = coveredFigures(c)
  for (const id of shown) {
    if (!covered.has(id))
      problems.push(`slide ${slideKey}: ${id} is shown but the comparison does not account for it`)
  }
  const visible = section + componentsOf(section)
  for (const key of [c.statedBy, ...Object.values(c.otherBasis ?? {})]) {
    if (!visible.includes(key!))
      problems.push(`slide ${slideKey}: ${key} is not shown on the slide`)
  }
  return problems
}

describe('slides compare like with like, or say so on the slide', () => {
  const sections = slideSections()

  it('reads every slide', () => {
    expect(sections.size).toBeGreaterThan(20)
    expect(sections.has('carbonGrid')).toBe(true)
    expect(sections.has('carbonCompare')).toBe(true)
  })

  for (const [key, section] of sections) {
    it(key, () => {
      expect(slideProblems(key, section)).toEqual([])
    })
  }

  it('a planted slide with BLOOM\'s 433,196 kWh and GPT-3\'s 1,287 MWh and no statement fails', () => {
    const planted = '<Fig id="bloom.energy" /> <Fig id="gpt3.energy" />'
    expect(slideProblems('plantedSlide', planted)[0]).toContain('different bases')
  })

  it('a planted slide fails when its comparison is registered but the stating key is not on the slide', () => {
    const c: Comparison = { where: 'slide:plantedSlide', basis: { pue: 'included' }, statedBy: 'charts.datacentres.noCrypto', figures: ['gpt3.energy'], otherBasis: { 'bloom.energy': 'charts.datacentres.noCrypto' } }
    const planted = '<Fig id="bloom.energy" /> <Fig id="gpt3.energy" />'
    expect(slideProblems('plantedSlide', planted, [c]).join()).toContain('not shown on the slide')
    expect(slideProblems('plantedSlide', `${planted} <T k="charts.datacentres.noCrypto" />`, [c])).toEqual([])
  })

  it('the carbon slide states its basis and compares BLOOM with PUE 1.2 against GPT-3 with PUE 1.1', () => {
    const c = comparisonAt('slide:carbonCompare')!
    expect(c.figures).toEqual(expect.arrayContaining(['bloom.co2WithPue', 'gpt3.co2']))
    expect(c.figures).not.toContain('bloom.dynamicCo2')
    expect(sections.get('carbonCompare')).toContain('slides.carbonCompare.basis')
    // the grid slide before it compares grids, not training runs
    expect(comparisonAt('slide:carbonGrid')).toBeUndefined()
    expect(slideProblems('carbonGrid', sections.get('carbonGrid')!)).toEqual([])
  })
})

// ─────────────────────────────────────────────────────────────── calculator presets

describe('calculator presets state their basis', () => {
  for (const [id, p] of Object.entries(TRAINING_PRESETS) as [string, TrainingPreset][]) {
    it(id, () => {
      expect(checkTrainingPreset(id, p)).toEqual([])
      expect(enMap.has(p.noteKey) && zhMap.has(p.noteKey), p.noteKey).toBe(true)
    })
  }

  it('the training calculator shows the loaded preset\'s note', () => {
    expect(read('components/TrainingCalculator.vue')).toContain('noteKey')
  })

  it('every preset that compares with the others includes PUE (the article\'s default says it has none)', () => {
    const bases = Object.entries(TRAINING_PRESETS).map(([id, p]) => [id, (p as TrainingPreset).resultBasis.pue])
    expect(bases).toEqual([['gpt4Rise', 'excluded'], ['gpt3', 'included'], ['bloom', 'included'], ['llama3_70b', 'included']])
  })

  it('planted: BLOOM with PUE 1.2 expecting its 24.7 t (no PUE) is rejected', () => {
    const p: TrainingPreset = { ...TRAINING_PRESETS.bloom, expected: { emissionsKg: { figure: 'bloom.dynamicCo2', tolerance: 0.01 } } }
    expect(checkTrainingPreset('planted', p)[0]).toContain('bloom.dynamicCo2')
  })

  it('planted: Llama 3 described as "PUE 1, GPU power only" while Meta says its power is adjusted for PUE is rejected', () => {
    const p: TrainingPreset = { ...TRAINING_PRESETS.llama3_70b, resultBasis: { pue: 'excluded' } }
    expect(checkTrainingPreset('planted', p)).not.toEqual([])
    const q: TrainingPreset = { ...TRAINING_PRESETS.llama3_70b, powerIncludesPue: false }
    expect(checkTrainingPreset('planted', q)).not.toEqual([])
  })

  it('planted: a preset stated as "PUE included" with a PUE input of 1 and GPU-only power is rejected', () => {
    const p: TrainingPreset = { ...TRAINING_PRESETS.bloom, figures: { ...TRAINING_PRESETS.bloom.figures, pue: 'bloom.pue' } }
    expect(checkTrainingPreset('planted', p).join()).toContain('PUE input is 1')
  })
})
