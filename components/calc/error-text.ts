// The message of a calculator field's input error, in one language: typed input (CalcField.vue) and
// ignored address parameters (ScenarioNotice.vue) say the same, in the leading and the second language.
import type { Translate } from '../../i18n/dynamic-key'
import type { InputErrorReason } from '../../model/errors'
import { formatNumber } from '../../i18n/format'
import { FIELDS } from '../../model/calculators'

/** Threshold of the 'aboveOne' / 'belowOne' rules (shares and PUE-like ratios). */
const ONE = 1

/** `reason` for `field` in language `lang` (with that language's `t`): the thresholds in its number format. */
export function fieldErrorText(tr: Translate, lang: string, field: string, reason: InputErrorReason): string {
  const rule = Object.entries(FIELDS).find(([name]) => name === field)?.[1].rule ?? {}
  return tr(`calc.errors.${reason}`, {
    max: formatNumber(rule.max ?? Number.NaN, lang, 2).text,
    limit: formatNumber(ONE, lang).text,
  })
}
