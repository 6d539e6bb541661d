// What the presenter says: the second truth pass, asserted on the notes as rendered (figures formatted,
// quotations verbatim), in both languages, not on key names.
import { describe, expect, it } from 'vitest'
import { createBundledI18n } from '../../i18n/bundled'
import { dynamicT } from '../../i18n/dynamic-key'
import { textValues } from '../../i18n/figures'
import { deckNoteHtml } from '../../i18n/slide-text'

/** The rendered notes of a slide in one language, as the presenter reads them. */
function notes(key: string, lang: 'en' | 'zh'): string {
  const html = deckNoteHtml(key)!
  const section = new RegExp(`<section class="deck-note"[^>]*data-lang="${lang}">([\\s\\S]*?)</section>`).exec(html)![1]!
  return section.replace(/<p class="deck-note-label">[\s\S]*?<\/p>/, '').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim()
}
/** A slide's string as rendered. */
function text(key: string, lang: 'en' | 'zh'): string {
  const t = dynamicT(createBundledI18n(lang).t)
  return t(key, { ...textValues(lang, t) })
}
const count = (s: string, sub: string): number => s.split(sub).length - 1

describe('de Vries gives 18.3 TWh and a 10–15% share; the 1.8–2.7 TWh is this talk\'s multiplication', () => {
  it('en', () => {
    const n = notes('electricityGoogle', 'en')
    expect(n).not.toMatch(/and got|midpoint of his estimate/)
    expect(n).toContain('Alex de Vries gives two inputs: AI at 10%–15% of Google’s electricity, and Google’s 18.3 TWh in 2021')
    expect(n).toContain('He does not multiply them into a figure; this talk does: 1.8–2.7 TWh')
    expect(notes('electricityShare', 'en')).toContain('this talk’s arithmetic')
  })
  it('zh', () => {
    const n = notes('electricityGoogle', 'zh')
    expect(n).not.toMatch(/他估算的中间值|得到18亿/)
    expect(n).toContain('他没有把两者相乘得出一个数字，相乘是本演讲做的：18亿～27亿千瓦时')
    expect(notes('electricityShare', 'zh')).toContain('这是本演讲自己算的')
  })
})

describe('284 t is the correct conversion of an estimate; the search as run emitted about 3.2 t', () => {
  it('en: notes and slide', () => {
    const n = notes('carbon', 'en')
    expect(n).not.toMatch(/real figure|same measurement/)
    expect(n).toContain('Converted correctly, that is 284 t, and it is still an estimate, not a measurement')
    expect(n).toContain('about 3.2 t, so the estimate was roughly 88 times too high')
    for (const k of ['s1', 's2', 's4Fix', 'verdict']) expect(text(`slides.carbon.${k}`, 'en'), k).not.toMatch(/real|measurement|tons\b/)
    expect(text('slides.carbon.verdict', 'en')).toMatch(/^One estimate from 2019/)
    expect(text('slides.carbon.s2', 'en')).toMatch(/Correctly converted/)
  })
  it('zh: notes and slide', () => {
    const n = notes('carbon', 'zh')
    expect(n).not.toMatch(/约为实际|同一次测算/)
    expect(n).toContain('正确换算是284吨。这仍然是估算，不是实测')
    expect(n).toContain('实际运行时排放约3.2吨')
    expect(text('slides.carbon.s2', 'zh')).toContain('正确换算值')
    expect(text('slides.carbon.s4Fix', 'zh')).toBe('把磅误读成吨：放大了2204倍——正好是一吨的磅数')
    expect(text('slides.carbon.verdict', 'zh')).not.toContain('测算')
  })
})

describe('gPT-4\'s inputs: who said what', () => {
  // the slide names the leak, the source of the inputs that drive the energy; the notes say who gave the rest
  it('en: the leak gave the GPUs and days, RISE the parameters, Sam Altman the cost', () => {
    const n = notes('gpt4Rise', 'en')
    for (const s of [n, text('slides.gpt4Rise.inputs', 'en')]) {
      expect(s).toMatch(/25,000 A100s for 100 days/)
      expect(s).toContain('OpenAI itself published none of the technical inputs')
      expect(s).not.toMatch(/\$100M[^.]*leak|leak[^.]*\$100M/)
    }
    expect(n).toMatch(/RISE’s own/)
    expect(n).toMatch(/1\.8 trillion parameters/)
    expect(n).toContain('Sam Altman')
  })
  it('zh', () => {
    const n = notes('gpt4Rise', 'zh')
    for (const s of [n, text('slides.gpt4Rise.inputs', 'zh')]) {
      expect(s).toContain('2.5万块 A100 运行100天')
      expect(s).toContain('OpenAI')
      expect(s).not.toContain('US$')
    }
    expect(n).toContain('1亿美元')
    expect(n).toContain('Sam Altman')
  })
})

describe('no "mistranslated" units: pounds read as tonnes', () => {
  it('en and zh', () => {
    expect(notes('errorsWrong', 'en')).not.toMatch(/mistranslat/i)
    expect(notes('errorsWrong', 'en')).toContain('pounds read as tonnes')
    expect(notes('errorsWrong', 'zh')).not.toContain('译错')
    expect(notes('errorsWrong', 'zh')).toContain('把磅误读成吨')
  })
})

describe('llama 3 70B: the preset reproduces 6.4 M GPU-hours × 700 W = 4.48 GWh (Meta publishes no energy)', () => {
  it('en', () => {
    const n = notes('calcTraining', 'en')
    expect(n).not.toContain('reproduces Meta’s energy')
    expect(n).toContain('6.4 million GPU-hours × 700 W = 4.48 GWh; Meta itself publishes no energy figure')
  })
  it('zh', () => {
    const n = notes('calcTraining', 'zh')
    expect(n).not.toContain('复现 Meta 的电量')
    expect(n).toContain('640万 GPU 小时 × 700瓦 = 448万千瓦时；Meta 本身没有公布用电量')
  })
})

describe('gPT-3\'s 1,287 MWh was published by Google researchers: 已发表, not 官方公布', () => {
  it('zh chart legend', () => {
    expect(text('charts.trainingEnergy.published', 'zh')).toBe('已发表')
  })
})

describe('the carbon notes: "like with like" once, on the slide that compares; the grid slide ends on the grid factor', () => {
  it('en', () => {
    const n = notes('carbonCompare', 'en')
    expect(count(n, 'ompare like with like')).toBe(1)
    expect(n).toContain('like with like for PUE, not for power')
    const g = notes('carbonGrid', 'en')
    expect(g).not.toContain('like with like')
    expect(g).toMatch(/ask which grid factor it used: the intensities on this slide are life-cycle values, while the often-quoted 436 g CO₂e\/kWh for the world in 2022 counts combustion only/)
  })
  it('zh', () => {
    const n = notes('carbonCompare', 'zh')
    expect(count(n, '口径要一致')).toBe(1)
    expect(n).toContain('PUE 口径一致，功率口径并不一致')
    const g = notes('carbonGrid', 'zh')
    expect(g).not.toContain('口径')
    expect(g).toMatch(/要问它用的是哪个电网碳强度。这页上的是全生命周期数值，常被引用的2022年全球436克二氧化碳当量\/千瓦时只算燃烧排放/)
  })
})
