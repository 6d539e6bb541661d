// The bilingual view in the address: `?lang=zh&also=en`, kept on navigation.
import { describe, expect, it } from 'vitest'
import { alsoFromAddress } from '../../i18n/core'
import { viewQuery } from '../../setup/address'

describe('alsoFromAddress: ?also= → the second language', () => {
  it('takes a known language other than the leading one', () => {
    expect(alsoFromAddress('en', 'zh')).toBe('en')
    expect(alsoFromAddress('zh', 'en')).toBe('zh')
    expect(alsoFromAddress(' ZH ', 'en')).toBe('zh') // as lenient as ?lang=
  })

  it('ignores an unknown value, one equal to the leading language, or none', () => {
    for (const bad of ['xx', '<b>', 'en-US', null, undefined, 42, ['en']])
      expect(alsoFromAddress(bad, 'zh')).toBeUndefined()
    expect(alsoFromAddress('zh', 'zh')).toBeUndefined()
  })

  it('an empty ?also= turns the view off', () => {
    expect(alsoFromAddress('', 'zh')).toBe('')
  })
})

describe('viewQuery: the query an address should have for the view shown', () => {
  it('adds lang and also in the bilingual view, keeping the other parameters', () => {
    expect(viewQuery({ clicks: '2' }, 'zh', 'en')).toEqual({ clicks: '2', lang: 'zh', also: 'en' })
    expect(viewQuery({ lang: 'en', also: 'xx' }, 'zh', 'en')).toEqual({ lang: 'zh', also: 'en' })
  })

  it('drops also when the view is off', () => {
    expect(viewQuery({ lang: 'zh', also: 'en', clicks: '1' }, 'zh', undefined)).toEqual({ lang: 'zh', clicks: '1' })
    expect(viewQuery({ lang: 'en', also: 'xx' }, 'en', undefined)).toEqual({ lang: 'en' })
  })

  it('undefined when the address already says it (no navigation)', () => {
    expect(viewQuery({ lang: 'zh', also: 'en' }, 'zh', 'en')).toBeUndefined()
    expect(viewQuery({ lang: 'en' }, 'en', undefined)).toBeUndefined()
  })
})
