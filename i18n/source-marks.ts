// A source's visible label, all a slide's mark needs; the whole entry (sources.ts) is for the references
// slide and the handout, and brings the bibliography with it, so it lives apart.
import type { SourceId } from '../model/source-marks'
import type { Translate } from './dynamic-key'
import { SOURCE_MARKS } from '../model/source-marks'

/** Sources that are the talk itself: their words are the talk's, translated under `refs.own.<id>`. */
export const OWN: readonly SourceId[] = ['derived']

/** The visible label of a source (a mark's tooltip and accessible name), in the language of `t`. */
export function sourceMark(id: SourceId, t: Translate): string {
  return OWN.includes(id) ? t(`refs.own.${id}.short`) : SOURCE_MARKS[id]
}
