// Where a line may not break inside running text: the runs of a sentence that a reader reads as one. A browser
// breaks Chinese between any two characters and English at a hyphen, so a model's name ("GPT-|4"), a unit in
// brackets ("（克/千瓦|时）") or the end of a Chinese paragraph ("服务|器" with 器 alone on the last line) would
// split; the runs marked `keep` are set with `white-space: nowrap` by <T> (styles/deck.css, `.deck-keep`).
// Figures are kept whole by <Fig> itself; this is for the words around them.

/** A piece of a sentence; `keep`: set on one line. */
export interface KeepRun { s: string, keep?: boolean }

/**
 * Names and terms that never break: model and hardware names (a hyphen or a space inside), CO₂e and its
 * Chinese name, and a short bracketed note in Chinese (a unit, a year: "（克/千瓦时）", "（2023年初）").
 */
const WHOLE = [
  String.raw`(?:DGX )?[AH]100(?: GPU)?`,
  String.raw`GPT-\d(?:\.\d)?[a-z]*`,
  String.raw`LAION-\d+[A-Z]?`,
  String.raw`Llama \d(?:\.\d)?(?: \d+B)?`,
  String.raw`PaLM(?: \d)?`,
  String.raw`Wu Dao \d\.\d`,
  String.raw`悟道\d\.\d`,
  'CO₂e',
  '二氧化碳当量',
  String.raw`（[^（）\s]{1,10}）`,
]
const WHOLE_RE = new RegExp(`(${WHOLE.join('|')})`, 'u')
/** The pattern of names and terms, for a check of the rendered slides (tests/e2e/typography.ts). */
export const WHOLE_SOURCE = WHOLE.join('|')

/** A Han character (the ideographs a Chinese line is broken between). */
const HAN = /\p{Script=Han}/u
/** Punctuation a Chinese line never starts with (it hangs on the character before). */
const CLOSING = /[，。、；：？！）》」』”’…—～·,.;:?!)\]]/u

/**
 * How many Han characters end a Chinese paragraph together: a last line of one or two characters reads as an
 * accident (孤字), three close it.
 */
const CJK_TAIL = 3

/** `text` cut into plain runs and runs to keep whole (names, terms, short bracketed notes). */
export function keepRuns(text: string): KeepRun[] {
  const runs: KeepRun[] = []
  text.split(WHOLE_RE).forEach((s, i) => {
    if (s)
      runs.push(i % 2 === 1 ? { s, keep: true } : { s })
  })
  return runs
}

/** Where the kept end of a paragraph's last text starts, or -1 for none. */
function tailStart(text: string, lang: string, mark: boolean): number {
  const chars = [...text]
  let cut = chars.length
  if (lang.startsWith('zh')) {
    // closing punctuation, then up to CJK_TAIL Han characters (a space or a Latin letter ends the tail: a Latin word
    // never breaks inside, and a space is a fine place to break)
    while (cut > 0 && CLOSING.test(chars[cut - 1]!))
      cut--
    let han = 0
    while (cut > 0 && han < CJK_TAIL && HAN.test(chars[cut - 1]!)) {
      cut--
      han++
    }
    if (han === 0 && !mark)
      return -1
  }
  if (!lang.startsWith('zh') || cut === chars.length) {
    // a source mark stays with the word before it
    if (!mark)
      return -1
    while (cut > 0 && !/\s/u.test(chars[cut - 1]!))
      cut--
  }
  let at = chars.slice(0, cut).join('').length
  // a name or term across the cut moves the cut to its start
  for (const m of text.matchAll(new RegExp(WHOLE_RE.source, 'gu'))) {
    if (m.index < at && m.index + m[0].length > at)
      at = m.index
  }
  return at
}

/** What a paragraph ends with, kept on one line: the end of its text (and the part before, when the text is that short). */
export interface KeepLayout<P> {
  lead: (P | KeepRun)[]
  tail: (P | KeepRun)[]
}

/**
 * A sentence's parts (text and figures) laid out for line breaking: names and terms in the text kept whole, and the
 * sentence's end kept on one line with what follows it (`mark`: a source mark follows). In Chinese the end is the
 * last few characters with their punctuation, so no paragraph ends with one character alone; a figure followed by a
 * short word ("3125" + "台") is kept with it. Figures are whole already (<Fig>).
 */
export function keepLayout<P extends object>(parts: (P | { text: string })[], lang: string, mark = false): KeepLayout<P> {
  const isText = (p: P | { text: string }): p is { text: string } => 'text' in p && typeof p.text === 'string'
  const out = (ps: (P | { text: string })[]): (P | KeepRun)[] => ps.flatMap((p): (P | KeepRun)[] => (isText(p) ? keepRuns(p.text) : [p as P]))
  let end = parts.length
  while (end > 0 && isText(parts[end - 1]!) && !(parts[end - 1] as { text: string }).text)
    end--
  if (end === 0)
    return { lead: [], tail: [] }
  const last = parts[end - 1]!
  if (!isText(last))
    return mark ? { lead: out(parts.slice(0, end - 1)), tail: [last as P] } : { lead: out(parts.slice(0, end)), tail: [] }
  const at = tailStart(last.text, lang, mark)
  if (at < 0)
    return { lead: out(parts.slice(0, end)), tail: [] }
  const head = last.text.slice(0, at)
  const tailText = keepRuns(last.text.slice(at))
  // a short word after a figure ("3125" + "台"): the figure goes with it
  const short = [...last.text].filter(c => HAN.test(c)).length <= CJK_TAIL && !/[A-Z]/i.test(last.text)
  if (!head.trim() && short && end > 1 && !isText(parts[end - 2]!))
    return { lead: out(parts.slice(0, end - 2)), tail: [parts[end - 2] as P, ...tailText] }
  return { lead: [...out(parts.slice(0, end - 1)), ...keepRuns(head)], tail: tailText }
}

/**
 * A figure's text cut for a column too narrow for it (a big figure may wrap): its number with the word after it
 * ("5.85 billion", "58.5亿个"), the words between, and its last word, which its source mark follows on one line.
 */
export function figureRuns(text: string, lang: string): { head: string, middle: string, tail: string } {
  const head = /^\D*?[\d.,]+(?:\s?[^\s\d\p{Script=Han}]+|[万亿]?\p{Script=Han}?)/u.exec(text)?.[0] ?? ''
  const rest = text.slice(head.length)
  const at = tailStart(rest, lang, true)
  return at < 0 || !rest ? { head: head + rest, middle: '', tail: '' } : { head, middle: rest.slice(0, at), tail: rest.slice(at) }
}
