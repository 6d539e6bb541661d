// The message of a calculator field's input error, in one language: typed input (CalcField.vue) and
// ignored address parameters (ScenarioNotice.vue) say the same, in the leading and the second language.
import type { Translate } from '../../i18n/dynamic-key'
import type { FieldName } from '../../model/calculators'
import type { InputErrorReason } from '../../model/errors'
import { formatNumber } from '../../i18n/format'
import { FIELD_RULES } from '../../model/calculators'

/** Threshold of the 'aboveOne' / 'belowOne' rules (shares and PUE-like ratios). */
const ONE = 1

/** `reason` for `field` in language `lang` (with that language's `t`): the thresholds in its number format. */
export function fieldErrorText(tr: Translate, lang: string, field: FieldName, reason: InputErrorReason): string {
  const rule = FIELD_RULES[field] as { max?: number }
  return tr(`calc.errors.${reason}`, {
    max: formatNumber(rule.max ?? Number.NaN, lang, 2).text,
    limit: formatNumber(ONE, lang).text,
  })
}
