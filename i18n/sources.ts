// A cited source as the audience reads it. A publication keeps its own authors, title and venue in every
// language; the talk's own entry (its arithmetic) is the talk's words, so it is translated (`refs.own.<id>`).
import type { SourceId } from '../model/source-marks'
import type { Translate } from './dynamic-key'
import { SOURCES } from '../model/sources'
import { OWN, sourceMark } from './source-marks'

/** A source's label and reference-list fields in a language. */
export interface SourceText {
  short: string
  authors: string
  title: string
  venue: string
}

/** The label (`short`, the source mark's tooltip) and the reference entry of a source, in the language of `t`. */
export function sourceText(id: SourceId, t: Translate): SourceText {
  const short = sourceMark(id, t)
  if (OWN.includes(id)) {
    const k = `refs.own.${id}`
    return { short, authors: t(`${k}.authors`), title: t(`${k}.title`), venue: t(`${k}.venue`) }
  }
  const s = SOURCES[id]
  return { short, authors: s.authors.join(', '), title: s.title, venue: s.venue }
}
