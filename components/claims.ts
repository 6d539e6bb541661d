/** The article's claims C1–C10, each with its verdict (a key of `slides.verdicts`) and its class of error. */
export type Tone = 'wrong' | 'mixed' | 'right'
export type ClaimId = 'c1' | 'c2' | 'c3' | 'c4' | 'c5' | 'c6' | 'c7' | 'c8' | 'c9' | 'c10'

export const CLAIMS: readonly { id: ClaimId, verdict: string, tone: Tone }[] = [
  { id: 'c1', verdict: 'framing', tone: 'mixed' },
  { id: 'c2', verdict: 'errorTwice', tone: 'wrong' },
  { id: 'c3', verdict: 'translation', tone: 'mixed' },
  { id: 'c4', verdict: 'correct', tone: 'right' },
  { id: 'c5', verdict: 'caveat', tone: 'right' },
  { id: 'c6', verdict: 'wrongVersion', tone: 'mixed' },
  { id: 'c7', verdict: 'error', tone: 'wrong' },
  { id: 'c8', verdict: 'misattributed', tone: 'wrong' },
  { id: 'c9', verdict: 'worstCase', tone: 'right' },
  { id: 'c10', verdict: 'unconfirmed', tone: 'mixed' },
]

export const TONES: readonly Tone[] = ['wrong', 'mixed', 'right']
