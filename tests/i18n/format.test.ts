import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatCount,
  formatDuration,
  formatEnergy,
  formatMass,
  formatNumber,
  formatPercent,
  formatPower,
  formatUsd,
  intlLocale,
  NOT_A_NUMBER,
  usesMyriads,
} from '../../i18n/format'
import { digitGroupingProblems } from './zh-digits'

/** [input, English text, Chinese text, SI form, SI form in Chinese when its digits differ (no separator, 万/亿)] */
type Row = [number, string, string, string, string?]

describe('formatEnergy (kWh in)', () => {
  const rows: Row[] = [
    [48_750_000, '48.75 GWh', '4875万千瓦时', '48.75 GWh'],
    [29.2e9, '29.2 TWh', '292亿千瓦时', '29.2 TWh'],
    [80e6, '80 GWh', '8000万千瓦时', '80 GWh'],
    [1_287_000, '1.287 GWh', '128.7万千瓦时', '1.287 GWh'],
    [433_196, '433.2 MWh', '43.32万千瓦时', '433.2 MWh'],
    [2_700, '2.7 MWh', '2700千瓦时', '2.7 MWh'],
    [1_050e9, '1,050 TWh', '1.05万亿千瓦时', '1,050 TWh', '1050 TWh'],
    [0.0029, '2.9 Wh', '2.9瓦时', '2.9 Wh'],
    [0.0003, '0.3 Wh', '0.3瓦时', '0.3 Wh'],
    [0, '0 kWh', '0千瓦时', '0 kWh'],
    // en unit boundaries: never "1000 MWh"
    [999_949, '999.9 MWh', '99.99万千瓦时', '999.9 MWh'],
    [999_950, '1 GWh', '100万千瓦时', '1 GWh'],
    [999_999, '1 GWh', '100万千瓦时', '1 GWh'],
    [1_000_000, '1 GWh', '100万千瓦时', '1 GWh'],
    [999.96, '1 MWh', '1000千瓦时', '1 MWh'],
    [0.99999, '1 kWh', '1千瓦时', '1 kWh'],
    [0.9994, '999.4 Wh', '999.4瓦时', '999.4 Wh'],
    // 万/亿 boundaries
    [9_999, '9.999 MWh', '9999千瓦时', '9.999 MWh'],
    [9_999.5, '10 MWh', '1万千瓦时', '10 MWh'],
    [10_000, '10 MWh', '1万千瓦时', '10 MWh'],
    [99_999_999, '100 GWh', '1亿千瓦时', '100 GWh'],
    [1e8, '100 GWh', '1亿千瓦时', '100 GWh'],
  ]
  for (const [kwh, en, zh, si, zhSi] of rows) {
    it(`${kwh} kWh → "${en}" / "${zh}"`, () => {
      expect(formatEnergy(kwh, 'en')).toEqual({ text: en, si: en })
      expect(formatEnergy(kwh, 'zh-CN')).toEqual({ text: zh, si: zhSi ?? si })
    })
  }

  it('a forced unit and fewer digits', () => {
    expect(formatEnergy(2_700, 'en', { unit: 'kWh' }).text).toBe('2,700 kWh')
    expect(formatEnergy(1_289_376, 'en', { unit: 'MWh' }).text).toBe('1,289 MWh')
    expect(formatEnergy(1_289_376, 'zh', { unit: 'MWh' })).toEqual({ text: '128.9万千瓦时', si: '1289 MWh' })
    expect(formatEnergy(48_750_000, 'en', { maximumSignificantDigits: 2 }).text).toBe('49 GWh')
  })
})

describe('formatMass (kg in, CO₂e added by the locale string)', () => {
  const rows: Row[] = [
    [284_018, '284 t', '284吨', '284 t'],
    [552_000, '552 t', '552吨', '552 t'],
    [11_390_000, '11,390 t', '1.139万吨', '11,390 t', '1.139万 t'],
    [626e6, '626,000 t', '62.6万吨', '626,000 t', '62.6万 t'],
    [24_692, '24.69 t', '24.69吨', '24.69 t'],
    [500, '500 kg', '500千克', '500 kg'],
    [999.96, '1 t', '1吨', '1 t'],
    [0, '0 t', '0吨', '0 t'],
    [9_999_000, '9,999 t', '9999吨', '9,999 t', '9999 t'],
    [9_999_500, '10,000 t', '1万吨', '10,000 t', '1万 t'],
  ]
  for (const [kg, en, zh, si, zhSi] of rows) {
    it(`${kg} kg → "${en}" / "${zh}"`, () => {
      expect(formatMass(kg, 'en')).toEqual({ text: en, si: en })
      expect(formatMass(kg, 'zh')).toEqual({ text: zh, si: zhSi ?? si })
    })
  }
})

describe('formatCount', () => {
  const rows: Row[] = [
    [175e9, '175 billion', '1750亿', '175,000,000,000', '1750亿'],
    [1.75e12, '1.75 trillion', '1.75万亿', '1,750,000,000,000', '1.75万亿'],
    [25_000, '25,000', '2.5万', '25,000', '2.5万'],
    [5.85e9, '5.85 billion', '58.5亿', '5,850,000,000', '58.5亿'],
    [4_102_568, '4.103 million', '410.3万', '4,102,568', '410.2568万'],
    [512_821, '512,821', '51.28万', '512,821', '51.2821万'],
    [3_125, '3,125', '3125', '3,125', '3125'],
    [9_999, '9,999', '9999', '9,999', '9999'],
    [10_000, '10,000', '1万', '10,000', '1万'],
    [9_999.5, '9,999.5', '1万', '9,999.5', '9999.5'],
    [99_999_999, '100 million', '1亿', '99,999,999', '9999.9999万'],
    [100_000_000, '100 million', '1亿', '100,000,000', '1亿'],
    [999_999, '999,999', '100万', '999,999', '99.9999万'],
    [1_000_000, '1 million', '100万', '1,000,000', '100万'],
    [0, '0', '0', '0', '0'],
  ]
  for (const [n, en, zh, si, zhSi] of rows) {
    it(`${n} → "${en}" / "${zh}"`, () => {
      expect(formatCount(n, 'en-US')).toEqual({ text: en, si })
      expect(formatCount(n, 'zh-CN')).toEqual({ text: zh, si: zhSi ?? si })
    })
  }
})

describe('formatPower (kW in)', () => {
  const rows: Row[] = [
    [6.5, '6.5 kW', '6.5千瓦', '6.5 kW'],
    [0.4, '400 W', '400瓦', '400 W'],
    [10.2, '10.2 kW', '10.2千瓦', '10.2 kW'],
    [3_333_336.5, '3.333 GW', '333.3万千瓦', '3.333 GW'],
    [20_312.5, '20.31 MW', '2.031万千瓦', '20.31 MW'],
  ]
  for (const [kw, en, zh, si] of rows) {
    it(`${kw} kW → "${en}" / "${zh}"`, () => {
      expect(formatPower(kw, 'en')).toEqual({ text: en, si: en })
      expect(formatPower(kw, 'zh')).toEqual({ text: zh, si })
    })
  }
})

describe('formatPercent, formatNumber, formatDuration', () => {
  it('percent', () => {
    expect(formatPercent(0.82, 'en').text).toBe('82%')
    expect(formatPercent(0.82, 'zh').text).toBe('82%')
    expect(formatPercent(410 / 499, 'en').text).toBe('82%')
    expect(formatPercent(570 / 45_000, 'zh').text).toBe('1.3%')
    expect(formatPercent(0.6, 'en').text).toBe('60%')
    expect(formatPercent(0.015, 'en').text).toBe('1.5%')
  })

  it('plain numbers', () => {
    expect(formatNumber(1_082_990, 'en').text).toBe('1,082,990')
    expect(formatNumber(1_082_990, 'zh').text).toBe('108.299万')
    expect(formatNumber(626_155, 'zh').text).toBe('62.6155万')
    expect(formatNumber(2204, 'zh').text).toBe('2204')
    expect(formatNumber(12_345.67, 'zh', 2).text).toBe('1.234567万')
    expect(formatNumber(355.2, 'en', 1).text).toBe('355.2')
    expect(formatNumber(1.10, 'en', 2).text).toBe('1.1')
    expect(formatNumber(-0, 'en').text).toBe('0')
  })

  it('durations: hours below 48 h, days above', () => {
    expect(formatDuration(2_400, 'en')).toEqual({ text: '100 days', si: '2,400 h' })
    expect(formatDuration(2_400, 'zh')).toEqual({ text: '100天', si: '2400 h' })
    expect(formatDuration(355.2, 'en').text).toBe('14.8 days')
    expect(formatDuration(24, 'en').text).toBe('24 hours')
    expect(formatDuration(24, 'zh').text).toBe('24小时')
    expect(formatDuration(1, 'en').text).toBe('1 hour')
  })
})

describe('formatUsd', () => {
  it('zh writes the currency as a word after 万/亿: "1亿美元", never "US$"', () => {
    expect(formatUsd(100e6, 'zh').text).toBe('1亿美元')
    expect(formatUsd(250e9, 'zh').text).toBe('2500亿美元')
    expect(formatUsd(5_000, 'zh').text).toBe('5000美元')
    expect(formatUsd(100e6, 'en').text).toBe('$100M')
    expect(formatUsd(250e9, 'en').text).toBe('$250B')
  })
})

describe('the Chinese digit rule: no separator below 10,000, 万/亿 above', () => {
  const formatters = [formatEnergy, formatMass, formatPower, formatCount, formatPercent, formatDuration, formatNumber, formatUsd]

  it('the check itself flags grouped or long digit runs and passes 万/亿 and short numbers', () => {
    for (const bad of ['626,155磅', '约为实际的2,204倍', '共25000台', '11\u202F390 t', '1,050 TWh'])
      expect(digitGroupingProblems(bad), bad).not.toEqual([])
    for (const ok of ['62.6155万磅', '2204倍', '3125台', '2290吨', '2019—2021年', '0.3瓦时', '18亿～27亿千瓦时', 'A100 和 H100'])
      expect(digitGroupingProblems(ok), ok).toEqual([])
  })

  it('every formatter follows it, in the text and in the SI form (below 1e12, 万亿 × 100)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        return formatters.every((f) => {
          const { text, si } = f(n, 'zh')
          return digitGroupingProblems(text).length === 0 && digitGroupingProblems(si).length === 0
        })
      }),
      { numRuns: 400 },
    )
  })

  it('the figures of the carbon slide', () => {
    expect(formatNumber(626_155, 'zh').text).toBe('62.6155万')
    expect(formatNumber(2204, 'zh').text).toBe('2204')
    expect(formatMass(2_290_000, 'zh').text).toBe('2290吨')
    expect(formatCount(3_125, 'zh').text).toBe('3125')
  })
})

describe('locales', () => {
  it('any tag of zh takes the zh locale file\'s style (myriads, its unit words)', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-CN', 'ZH-cn', 'zh_CN']) expect(usesMyriads(tag), tag).toBe(true)
    for (const tag of ['en', 'en-US', 'de', 'zu', 'zhx']) expect(usesMyriads(tag), tag).toBe(false)
    expect(formatEnergy(29.2e9, 'zh-Hans-CN').text).toBe('292亿千瓦时')
  })

  it('a third language uses English-style units with its own number format', () => {
    expect(formatEnergy(48_750_000, 'de').text).toBe('48,75 GWh')
    expect(formatCount(175e9, 'de').text).toBe('175 Milliarden')
    expect(formatMass(11_390_000, 'fr').text).toBe('11\u202F390 t') // French groups with a narrow no-break space
  })

  it('an invalid tag falls back to en', () => {
    expect(intlLocale('not a tag!')).toBe('en')
    expect(formatEnergy(29.2e9, 'not a tag!').text).toBe('29.2 TWh')
  })
})

describe('non-finite input', () => {
  const formatters = [formatEnergy, formatMass, formatPower, formatCount, formatPercent, formatDuration, formatNumber, formatUsd]
  it('gives "—", never NaN, Infinity or undefined', () => {
    for (const f of formatters) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined as unknown as number]) {
        for (const locale of ['en', 'zh'])
          expect(f(bad, locale)).toEqual({ text: NOT_A_NUMBER, si: NOT_A_NUMBER })
      }
    }
  })

  it('finite input never prints NaN, Infinity, undefined or 1000 of a unit that has a next step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.constantFrom('en', 'zh', 'de'), (n, locale) => {
        for (const f of formatters) {
          const { text, si } = f(n, locale)
          if (/NaN|Infinity|undefined|∞/.test(text + si))
            return false
        }
        const energy = formatEnergy(n, locale).si
        return !/^-?1[,.]?000 (?:Wh|kWh|MWh|GWh) *$/.test(energy)
      }),
      { numRuns: 300 },
    )
  })
})
