import type { Plugin as PostcssPlugin } from 'postcss'
import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { deckGuard } from './server/deck-guard'
import { hall, HallHub } from './server/hall'
import { joinCode } from './server/join'
import { FEED_KEYS } from './state/hall-protocol'

/** The language of a build or an export (`VITE_DECK_LANG=zh npx slidev export`); English otherwise. */
const deckLang = process.env.VITE_DECK_LANG || 'en'

/**
 * `scripts/export.ts` builds one static copy of the deck and prints both PDFs from it: that build
 * has Slidev's print route (off in a normal build) and no pinned language, so `/print?lang=zh` picks it.
 */
const exportBuild = process.env.DECK_EXPORT_BUILD === '1'

/**
 * Each locale's `meta` (the language's name, number system and unit words), by code. The browser loads a
 * language's locale file only when needed (i18n/locales.ts); the nav bar names the language `L` leads to,
 * and numbers are formatted in it, before that.
 */
const localesDir = fileURLToPath(new URL('./locales/', import.meta.url))
export const localeMeta: Record<string, unknown> = Object.fromEntries(readdirSync(localesDir)
  .filter(f => f.endsWith('.json'))
  .map(f => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(`${localesDir}${f}`, 'utf8')).meta]))

/**
 * fontsource's static fonts list a `.woff` file after each `.woff2` one; every browser that runs the
 * deck takes the woff2, so the build leaves the woff copies out (they were half of the site's size).
 */
const woff2Only: PostcssPlugin = {
  postcssPlugin: 'deck:woff2-only',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('src', (decl) => {
        const sources = decl.value.split(/,(?=\s*url\()/)
        const kept = sources.filter(src => !/\.woff\)\s*format\(["']?woff["']?\)/.test(src))
        if (kept.length && kept.length < sources.length)
          decl.value = kept.join(',')
      })
    },
  },
}

/** Phones of the hall follow what the dev server accepted of the speaker's states (server/hall.ts). */
const hallHub = new HallHub()
const deckStart = { lang: deckLang, also: '', calc: {}, join: false }
hallHub.publish('deck', deckStart)

/**
 * The hall bundle (`npm run build -- --hall`): built for the dev server's HALL_BASE, it follows the
 * speaker over the hall's socket and never drives (state/hall.ts).
 */
const hallBuild = process.env.VITE_DECK_HALL === '1'

/** A string literal of JavaScript or TypeScript source, any quote, escapes included. */
const STRING = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`
const MODEL_NOTE = new RegExp(String.raw`\b(?:note|formula):\s*${STRING}\s*,?[ \t]*`, 'g')

/**
 * What the browser never shows, left out of its copy of a module (the parse-time renderer, the tests
 * and the scripts read the files themselves and keep everything):
 * - a locale file's presenter notes (`slides.<key>.notes`): they are rendered into each slide's notes at
 *   parse time (i18n/slide-text.ts), and no component asks i18next for them;
 * - the English `note` of each figure and quotation in model/ (what a figure measures and assumes) and
 *   a derived figure's `formula`, keys and all: written for the reader of the model and checked by its tests.
 * Returns the module's new text, or undefined when it is not one of those.
 */
export function leanForBrowser(id: string, code: string): string | undefined {
  const file = id.split('?')[0]!.replaceAll('\\', '/')
  if (/\/locales\/[\w-]+\.json$/.test(file) && !id.includes('?')) {
    const locale = JSON.parse(code) as { slides?: Record<string, Record<string, unknown>> }
    for (const slide of Object.values(locale.slides ?? {}))
      delete slide.notes
    return JSON.stringify(locale)
  }
  if (/\/model\/(?:figures|quotes)\.ts$/.test(file))
    return code.replace(MODEL_NOTE, '')
  return undefined
}

/** Slidev's frontmatter module of slide N (`<slides file>__slidev_<N>.frontmatter`). */
const FRONTMATTER_ID = /__slidev_(\d+)\.frontmatter$/
/** Its one line that spreads the slide's data, notes included: `    ...({"noteHTML":"…",…}),`. */
const SLIDE_DATA_LINE = /^(\s*)\.\.\.\((\{.*\})\),$/m
const NOTE_PREFIX = 'virtual:deck-note/'
const NOTES_ON_DEMAND = fileURLToPath(new URL('./setup/notes-on-demand.ts', import.meta.url))

/**
 * Slide N's frontmatter module with its rendered notes taken out (returned beside it): the slide's data
 * reads them through setup/notes-on-demand.ts, from a chunk of their own. Its frontmatter's source text
 * goes too: only Slidev's side editor reads it, and a built site has no editor. Undefined when the
 * module has no notes or is not in the expected form (it is then left as Slidev wrote it).
 */
export function notesOnDemand(code: string, no: number): { code: string, noteHtml: string } | undefined {
  const line = SLIDE_DATA_LINE.exec(code)
  if (!line)
    return undefined
  const data = JSON.parse(line[2]!) as Record<string, unknown>
  if (typeof data.noteHTML !== 'string' || !data.noteHTML)
    return undefined
  const noteHtml = data.noteHTML
  delete data.noteHTML
  if (typeof data.frontmatterRaw === 'string')
    data.frontmatterRaw = ''
  const indent = line[1]!
  const getter = `${indent}get noteHTML() { return deckNote(${no}, () => import(${JSON.stringify(`${NOTE_PREFIX}${no}`)})) },`
  const lean = code.replace(SLIDE_DATA_LINE, () => `${indent}...(${JSON.stringify(data)}),\n${getter}`)
  return { code: `import { deckNote } from ${JSON.stringify(NOTES_ON_DEMAND)}\n${lean}`, noteHtml }
}

/**
 * `leanForBrowser` as a Vite plugin, for the browser's modules only (build and dev server alike); in a
 * site build (not the export's, whose handout lays the notes out as it loads), each slide's notes come
 * on demand (`notesOnDemand`).
 */
function leanClient(): Plugin {
  const notes = new Map<number, string>()
  let build = false
  return {
    name: 'deck:lean-client',
    enforce: 'pre', // a locale file as JSON, before Vite turns it into a module
    applyToEnvironment: env => env.config.consumer === 'client',
    configResolved(config) {
      build = config.command === 'build' && !exportBuild
    },
    resolveId: id => id.startsWith(NOTE_PREFIX) ? `\0${id}` : undefined,
    // the notes chunk is imported by the slide's module only once that module was transformed (below)
    load: id => id.startsWith(`\0${NOTE_PREFIX}`) ? `export default ${JSON.stringify(notes.get(Number(id.slice(NOTE_PREFIX.length + 1))) ?? '')}` : undefined,
    transform(code, id) {
      const slide = build ? FRONTMATTER_ID.exec(id) : null
      if (slide) {
        const split = notesOnDemand(code, Number(slide[1]))
        if (!split)
          return undefined
        notes.set(Number(slide[1]), split.noteHtml)
        return { code: split.code, map: null }
      }
      const lean = leanForBrowser(id, code)
      return lean === undefined ? undefined : { code: lean, map: null }
    },
  }
}

export default defineConfig({
  // Dev server: Slidev keeps some of its client's packages out of Vite's dependency bundling (@vueuse/motion,
  // @unhead/vue, @slidev/rough-notation), so the packages those import were served file by file, some 80
  // requests of every page load (popmotion alone 39). Bundled here, a window on the warm dev server loads
  // in 3.4 s instead of 4.0 (median of five, quiet 2-core machine): every window the presenter, the
  // audience or a test opens. A build bundles everything anyway. The deck's own packages for the browser
  // are listed too: i18next and i18next-vue are imported from setup/, and uqr (the QR code) by a dynamic
  // import, neither of which Vite's first scan reaches. Found on a cold cache's first page load, each made
  // Vite bundle again and reload the open pages (the browser tests' warm-up failed on such a reload).
  optimizeDeps: { include: [
    'i18next',
    'i18next-vue',
    'uqr',
    ...['popmotion', 'framesync', 'style-value-types'].map(d => `@slidev/cli > @slidev/client > @vueuse/motion > ${d}`),
    ...['core', 'generator', 'math', 'renderer'].map(m => `roughjs/bin/${m}`),
    ...['', '/client', '/plugins', '/utils', '/scripts'].map(m => `unhead${m}`),
  ] },
  css: { postcss: { plugins: [woff2Only] } },
  // The hall bundle: every slide in one chunk. Slidev loads each slide's own small chunk, and all of
  // them 3 s after the first: some 60 requests of half a kilobyte each, a third of what a phone
  // joining the talk asked for. One chunk costs a few kilobytes more at once and a phone that looks
  // back finds every slide already there.
  ...hallBuild
    ? { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'slides', test: /__slidev_\d+\.(?:md|frontmatter)$/ }] } } } } }
    : {},
  slidev: {
    // Initial value of the synced deck state (state/deck.ts) on the dev server.
    serverRef: {
      state: {
        // `calc: {}`: every calculator at the article's values (state/deck.ts)
        deck: deckStart,
      },
      // each accepted change of Slidev's position or the deck's state, to the hall's phones
      onChanged: (key, data) => {
        const feedKey = FEED_KEYS.find(k => k === key)
        if (feedKey)
          hallHub.publish(feedKey, data)
      },
    },
  },
  define: {
    '__DECK_LOCALE_META__': JSON.stringify(localeMeta),
    'import.meta.env.VITE_DECK_LANG': JSON.stringify(exportBuild ? '' : deckLang),
    'import.meta.env.VITE_DECK_HALL': JSON.stringify(hallBuild ? '1' : ''),
  },
  plugins: [
    leanClient(),
    // dev server: only the presenter, or a window on this machine, changes the deck state
    deckGuard(),
    // dev server with --remote: the audience's address and QR code, in the terminal and the presenter view
    joinCode(),
    // dev server: the built bundle for phones under /hall/, and their websocket
    hall(hallHub),
    ...exportBuild
      ? [{
          // after Slidev's own plugin, whose define turns the print route off in builds
          name: 'deck:print-route-in-export-build',
          enforce: 'post' as const,
          config: () => ({ define: { __SLIDEV_FEATURE_PRINT__: 'true' } }),
        }]
      : [],
  ],
})
