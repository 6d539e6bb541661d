/**
 * The Chinese digit rule, as a check: numbers below 10,000 are written without a separator ("2204", "3125台"),
 * larger ones with 万/亿 ("2.5万", "62.6155万磅"). So a Chinese string never holds a separator between digits
 * ("626,155", "2,204") nor five digits in a row ("25000"). A verbatim quotation of a source is exempt: strip it
 * before checking.
 */
export function digitGroupingProblems(s: string): string[] {
  // the whole part of each number (digits with any separator between them); decimals may be as long as they are
  return [...s.matchAll(/(?<![\d.])\d(?:[\d,，\u202F\u00A0]*\d)?/g)]
    .map(m => m[0])
    .filter(run => /\d[,，\u202F\u00A0]\d/.test(run) || /\d{5,}/.test(run))
}
