// `npm run export`: the deck as one PDF per language (exports/ai-energy-en.pdf, exports/ai-energy-zh.pdf)
// and a handout per language (exports/ai-energy-<lang>-handout.pdf: each slide with its notes, A4).
//
// How, and why this way (measured on 2 cores, see README): the slow part of `slidev export` is Vite
// compiling the deck on demand for the print page (~10 s); printing itself takes ~3 s. Two `slidev export`
// processes side by side fight over Vite's dependency cache and take longer than running one after
// the other. So: build the deck once (a static build with the print route and no pinned language),
// then print every PDF from it, as many at a time as the machine has cores (each print is a Chromium
// busy for its whole run), each through Slidev's own exporter (same page
// size, waits, PDF title and outline as `slidev export`) at `/print?lang=<code>`. The handout goes
// through the same exporter: its server sends the exporter's `/print` to the deck's `/handout` page
// (pages/HandoutPage.vue, one A4 page per slide: the slide, then its notes in that language).
// The bilingual PDF (exports/ai-energy-zh-en.pdf) is the slides printed from
// `/print?lang=zh&also=en`: Chinese leading, English beneath, outline titles in both languages; the
// bilingual handout (exports/ai-energy-zh-en-handout.pdf) is `/handout?lang=zh&also=en`, its notes in
// Chinese, then English. Six PDFs in all.
//
// The parts, one job each, in scripts/export/: cli.ts (arguments, usage, exit codes), build.ts (the
// build and Slidev's reading of the deck), print.ts (one PDF through Slidev's exporter), check.ts (is
// the PDF whole), cleanup.ts (what an interruption undoes), run.ts (all of it, atomic writes).
//
// Usage: tsx scripts/export.ts [--lang en|zh] [--only slides,handout,bilingual,bilingual-handout] [--out <dir>]
//        [--scenario <query>]
//        [--from-build <dir>] [--build-only <dir>]
// The calculators print the article's values, or the scenario of `--scenario`, which the
// static server adds to the print window's address (components/calc/state.ts reads it there).
// Exit codes: 0 written; 1 an export failed (nothing replaced for that language); 2 no browser found;
// 64 bad arguments; 130/143 interrupted (SIGINT/SIGTERM), temp files removed.
import process from 'node:process'
import { runCli } from './export/run'

runCli(process.argv.slice(2))
