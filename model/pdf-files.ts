// The talk's PDF files, by language and kind: written by the export (scripts/export.ts), copied into the
// static site by the build (scripts/build.ts) and linked from its nav bar (components/PdfDownloads.vue).
// Pure: no Node or browser API, so the site can import it too.

/**
 * What the export prints: the slides, the handout (notes pages: each slide with its notes), the bilingual
 * slides, or the bilingual handout (each slide in the bilingual view with its notes in both languages).
 */
export type Kind = 'slides' | 'handout' | 'bilingual' | 'bilingual-handout'
export const KINDS: readonly Kind[] = ['slides', 'handout', 'bilingual', 'bilingual-handout']
/** The bilingual view's pairs the export prints, leading language → second language. */
export const BILINGUAL: Readonly<Record<string, string>> = { zh: 'en' }

/** Is this kind printed in the bilingual view (a language that leads a pair, with its second beneath)? */
export const isBilingual = (kind: Kind): boolean => kind === 'bilingual' || kind === 'bilingual-handout'
/** Is this kind a handout (notes pages, A4)? */
export const isHandout = (kind: Kind): boolean => kind === 'handout' || kind === 'bilingual-handout'

/** The file name of a language's PDF of one kind. */
export function pdfName(lang: string, kind: Kind = 'slides'): string {
  return `ai-energy-${lang}${isBilingual(kind) ? `-${BILINGUAL[lang]}` : ''}${isHandout(kind) ? '-handout' : ''}.pdf`
}

/** Every PDF the export can write for these languages: each language's slides and handout, and the bilingual pairs. */
export function allPdfs(langs: readonly string[]): { lang: string, kind: Kind }[] {
  return KINDS.flatMap(kind => langs.filter(lang => !isBilingual(kind) || BILINGUAL[lang]).map(lang => ({ lang, kind })))
}

/** One PDF as the build lists it for the site (`VITE_DECK_PDFS`, comma-separated): `<lang>:<kind>`. */
export const pdfEntry = ({ lang, kind }: { lang: string, kind: Kind }): string => `${lang}:${kind}`

/** The entries of `VITE_DECK_PDFS`; a bare `<lang>` is that language's slides. Unknown kinds are dropped. */
export function parsePdfEntries(list: string): { lang: string, kind: Kind }[] {
  return list.split(',').filter(Boolean).flatMap((entry) => {
    const [lang = '', kind = 'slides'] = entry.split(':')
    const known = KINDS.find(k => k === kind)
    return known && lang ? [{ lang, kind: known }] : []
  })
}
