// Presenter notes in a built site, fetched when first read. Slidev puts every slide's rendered notes in
// its frontmatter module, which its slide list imports at start: with the notes of both languages that
// was half of what the cover loaded of the deck's own code, for a view (the presenter's) that the
// audience never opens. The build (vite.config.ts, `deck:lean-client`) moves each slide's notes to a
// chunk of its own and reads them through `deckNote`: the first read starts the load and gives '';
// the read is reactive, so the presenter view, the notes page and the print page show the notes once
// they are in. The dev server serves notes through Slidev's own endpoint and does not use this.
import { shallowReactive } from 'vue'

const notes = shallowReactive(new Map<number, string>())
const loading = new Set<number>()

/** The rendered notes of slide `no`: '' until its chunk (`load`) is in, then the notes (reactive). */
export function deckNote(no: number, load: () => Promise<{ default: string }>): string {
  const html = notes.get(no)
  if (html !== undefined)
    return html
  if (!loading.has(no)) {
    loading.add(no)
    load().then(m => notes.set(no, m.default), (e: unknown) => {
      loading.delete(no) // tried again on the next read
      console.error(`[deck] could not load the notes of slide ${no}: ${(e as Error).message}`)
    })
  }
  return ''
}
