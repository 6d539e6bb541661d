// `npm run bench [-- --only lang,bilingual,sync,calc,weight,export,soak,hall] [--quick]`: the deck's benchmark suite in a
// real Chromium. Prints one table (median, p95, n per figure), writes bench/results/latest.json (all samples)
// and, after a full run, the table into bench/RESULTS.md between its markers. Timings are never asserted.
import type { Browser } from 'playwright-chromium'
import type { Row } from './stats'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findBrowser } from '../scripts/browser'
import { launchBrowser, ROOT, slideNoOf, startDevServer, startStaticServer } from '../scripts/harness'
import { HALL_SOCKET_PATH as HALL_SOCKET } from '../state/hall-protocol'
import { crowdJoins, fanOut, hallAddress, joinCost, Phones } from './hall'
import { bilingualToggle, calculator, heaviestSlide, langSwitch, presenterToAudience, soak, Windows } from './live'
import { buildDeck, buildMinimalDeck, cleanupAll, onCleanup, run, tempDir } from './proc'
import { median, p95, table } from './stats'
import { fontFilesIn, weigh } from './weight'

const SECTIONS = ['lang', 'bilingual', 'sync', 'calc', 'weight', 'export', 'soak', 'hall'] as const
type Section = typeof SECTIONS[number]
const USAGE = `usage: npm run bench -- [--only ${SECTIONS.join(',')}] [--quick]`

/** The command line, read by Node's own parser (`--only a,b`, `--only=a,b`, `--quick`); throws with the usage on a mistake. */
function benchArgs(argv: string[]): { only: Set<Section>, quick: boolean } {
  let values: { only?: string, quick?: boolean }
  try {
    ({ values } = parseArgs({ args: argv, options: { only: { type: 'string' }, quick: { type: 'boolean', default: false } }, strict: true, allowPositionals: false }))
  }
  catch (e) {
    throw new Error(`${(e as Error).message}; ${USAGE}`)
  }
  if (values.only === undefined)
    return { only: new Set(SECTIONS), quick: values.quick ?? false }
  const list = values.only.split(',').map(x => x.trim()).filter(Boolean)
  const bad = list.filter(x => !(SECTIONS as readonly string[]).includes(x))
  if (!list.length || bad.length)
    throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')}${bad.length ? ` (not: ${bad.join(', ')})` : ''}`)
  return { only: new Set(list as Section[]), quick: values.quick ?? false }
}

function machine(): Record<string, string> {
  const cpuModel = /^model name\s*:(.+)$/m.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? cpus()[0]?.model ?? '?'
  let nproc = String(cpus().length)
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim()
  }
  catch {}
  let chromium = '?'
  try {
    chromium = execFileSync(findBrowser() ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  }
  catch {}
  let load = '?'
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  }
  catch {}
  return { date: new Date().toISOString(), nproc, cpu: cpuModel, node: process.version, chromium, loadavg: load }
}

const ms = (n: number) => `${(n / 1000).toFixed(1)} s`
const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 400)
/** A failure's message as a command prints it (its last lines say why), at most 1,500 characters. */
const reason = (e: unknown) => String((e as Error)?.message ?? e).trim().slice(-1500)

async function main({ only, quick }: { only: Set<Section>, quick: boolean }): Promise<number> {
  const n = { lang: quick ? 10 : 50, bilingual: quick ? 8 : 30, sync: quick ? 8 : 30, calc: quick ? 8 : 30, soak: quick ? 100 : 500, export: quick ? 1 : 2 }
  const rows: Row[] = []
  const info: Record<string, unknown> = { machineBefore: machine() }
  const started = performance.now()
  const log = (msg: string) => console.log(`bench [${ms(performance.now() - started)}] ${msg}`)
  /** Sections that could not measure, and why: each is reported, and the others still run. */
  const failed: { section: string, why: string }[] = []
  /** Runs one section; a failure is printed and kept, never thrown, so the next section runs. */
  async function section(name: string, fn: () => Promise<void>): Promise<boolean> {
    try {
      await fn()
      return true
    }
    catch (e) {
      const why = reason(e)
      failed.push({ section: name, why })
      console.error(`bench: ${name}: could not measure: ${why}`)
      if (process.env.BENCH_DEBUG)
        console.error((e as Error).stack)
      return false
    }
  }

  let browser: Browser | undefined
  const getBrowser = async (): Promise<Browser> => {
    if (!browser) {
      const b = await launchBrowser()
      browser = b
      onCleanup(() => b.close())
    }
    return browser
  }
  let heavy = 0

  // ---- dev server: language key, presenter → audience, calculators, soak -------------------------
  const devSections = (['lang', 'bilingual', 'sync', 'calc', 'soak'] as const).filter(x => only.has(x))
  if (devSections.length) {
    let win: Windows | undefined
    let dev: Awaited<ReturnType<typeof startDevServer>> | undefined
    let h: Awaited<ReturnType<typeof heaviestSlide>> | undefined
    let training = 0
    const ready = await section(`dev server (${devSections.join(', ')})`, async () => {
      log('starting the dev server')
      const d = await startDevServer(3471)
      dev = d
      onCleanup(() => d.close())
      const w = new Windows(await getBrowser(), d.url, false)
      win = w
      onCleanup(() => w.close())
      const probe = await w.open('/1?lang=en')
      training = await slideNoOf(probe, 'calcTraining')
      await probe.close()
      h = await heaviestSlide(w)
      heavy = h.no
      info.heaviestSlide = h
      log(`heaviest slide: ${h.no} (${h.key}, ${h.elements} elements, ${h.chars} characters); training calculator: ${training}`)
    })
    if (ready && win && h) {
      const w = win
      const hv = h
      if (only.has('lang')) {
        await section('lang', async () => {
          log(`lang: ${n.lang} switches on slide ${hv.no}`)
          rows.push(...(await langSwitch(w, hv.no, n.lang)).map(r => ({ ...r, section: `lang (slide ${hv.no} ${hv.key})` })))
        })
      }
      if (only.has('bilingual')) {
        await section('bilingual', async () => {
          const bi = hv.bilingualNo // the heaviest slide that shows both languages
          log(`bilingual: ${n.bilingual} rounds of \`b\` on and off beside slide turns on slide ${bi}, then presenter \`b\` beside \`l\``)
          rows.push(...(await bilingualToggle(w, bi, n.bilingual)).map(r => ({ ...r, section: `bilingual (slide ${bi} ${hv.bilingualKey})` })))
        })
      }
      if (only.has('sync')) {
        await section('sync (dev server)', async () => {
          log(`sync (dev server): ${n.sync} language switches beside ${n.sync} slide changes`)
          rows.push(...await presenterToAudience(w, 'dev', hv.no, n.sync))
        })
      }
      if (only.has('calc')) {
        await section('calc', async () => {
          log(`calc: ${n.calc} inputs, same window and synced`)
          rows.push(...await calculator(w, training, n.calc))
        })
      }
      if (only.has('soak')) {
        await section('soak', async () => {
          log(`soak: ${n.soak} switches alternating between presenter and audience`)
          rows.push(...await soak(w, training, n.soak))
        })
      }
    }
    else {
      for (const s of devSections) {
        if (s !== 'sync') // the static half of sync can still run
          failed.push({ section: s, why: 'the dev server did not start (above)' })
      }
    }
    await win?.close()
    await dev?.close()
  }

  // ---- static build: weight of the first slide, presenter → audience in one browser ---------------
  if (only.has('weight') || only.has('sync')) {
    let site: Awaited<ReturnType<typeof startStaticServer>> | undefined
    let dist = ''
    await section('static build', async () => {
      log('building the deck (slidev build)')
      dist = tempDir('deck')
      const buildMs = await buildDeck(dist)
      rows.push({ section: 'build', name: 'slidev build: this deck', unit: 'ms', samples: [buildMs] })
      const s = await startStaticServer(dist, 3472)
      site = s
      onCleanup(() => s.close())
    })
    const built = site
    if (only.has('weight')) {
      await section('weight', async () => {
        if (!built)
          throw new Error('no static build of the deck (above)')
        log('building a minimal one-slide deck')
        const minimal = await buildMinimalDeck()
        rows.push({ section: 'build', name: 'slidev build: minimal one-slide deck', unit: 'ms', samples: [minimal.ms] })
        const base = await startStaticServer(minimal.dist, 3473)
        onCleanup(() => base.close())
        log('weighing the first slide')
        const b = await getBrowser()
        const en = await weigh(b, `${built.url}/1?lang=en`)
        const zh = await weigh(b, `${built.url}/1?lang=zh`)
        const min = await weigh(b, `${base.url}/1`)
        await base.close()
        info.weight = { en, zh, minimal: min }
        console.log(`bench: weight: en cover JS chunks (gzip): ${en.scripts.map(x => `${x.path.split('/').pop()} ${(x.gzip / 1024).toFixed(1)} KB${x.late ? ' (after the cover)' : ''}`).join(', ')}`)
        const noto = (fonts: string[]) => fonts.filter(f => f.includes('noto-sans-sc')).length
        const notoAvailable = fontFilesIn(dist, 'noto-sans-sc')
        const addedJs = en.gzip.js - min.gzip.js
        const w = 'weight (cover)'
        rows.push(
          { section: w, name: 'JS raw: deck', unit: 'B', samples: [en.raw.js] },
          { section: w, name: 'JS raw: minimal deck', unit: 'B', samples: [min.raw.js] },
          { section: w, name: 'JS gzip: deck', unit: 'B', samples: [en.gzip.js] },
          { section: w, name: 'JS gzip: minimal deck', unit: 'B', samples: [min.gzip.js] },
          { section: w, name: 'JS gzip: added by the deck (i18n, model, components)', unit: 'B', samples: [addedJs], goal: '≤ 55 KB', met: addedJs <= 55 * 1024 },
          { section: w, name: 'JS gzip: fetched after the cover is shown (other slides, other languages)', unit: 'B', samples: [en.lateJsGzip] },
          { section: w, name: 'CSS raw: deck', unit: 'B', samples: [en.raw.css] },
          { section: w, name: 'CSS raw: minimal deck', unit: 'B', samples: [min.raw.css] },
          { section: w, name: 'CSS gzip: deck', unit: 'B', samples: [en.gzip.css] },
          { section: w, name: 'CSS gzip: minimal deck', unit: 'B', samples: [min.gzip.css] },
          { section: w, name: `fonts raw: en cover (${en.fonts.length} files, ${noto(en.fonts)} Noto SC)`, unit: 'B', samples: [en.raw.font] },
          { section: w, name: 'fonts gzip: en cover', unit: 'B', samples: [en.gzip.font] },
          { section: w, name: `fonts raw: zh cover (${zh.fonts.length} files, ${noto(zh.fonts)} Noto SC)`, unit: 'B', samples: [zh.raw.font] },
          { section: w, name: 'fonts gzip: zh cover', unit: 'B', samples: [zh.gzip.font] },
          { section: w, name: `fonts raw: minimal deck (${min.fonts.length} files)`, unit: 'B', samples: [min.raw.font] },
          { section: w, name: `Noto SC subsets loaded on the zh cover, of ${notoAvailable} built`, unit: '', samples: [noto(zh.fonts)], goal: 'only the ones used', met: noto(zh.fonts) < notoAvailable / 4 },
        )
      })
    }
    if (only.has('sync')) {
      await section('sync (static build)', async () => {
        if (!built)
          throw new Error('no static build of the deck (above)')
        const win = new Windows(await getBrowser(), built.url, true)
        onCleanup(() => win.close())
        // the heaviest slide, as the dev-server half found it; counted here when that half could not run
        const no = heavy || (await heaviestSlide(win)).no
        log(`sync (static build, one browser context): ${n.sync} + ${n.sync} on slide ${no}`)
        rows.push(...await presenterToAudience(win, 'static', no, n.sync))
        await win.close()
      })
    }
    await built?.close()
  }

  // ---- the hall: phones joining from the hall bundle, and the speaker's changes reaching them ------
  if (only.has('hall')) {
    await section('hall', async () => {
      // BENCH_HALL_DIR: a hall bundle built already (to measure the serving again without the build)
      let dir = process.env.BENCH_HALL_DIR ?? ''
      if (!dir) {
        dir = tempDir('hall')
        log('building the hall bundle (npm run build -- --hall)')
        const buildMs = await run(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build.ts', '--hall', '--out', dir])
        rows.push({ section: 'build', name: 'npm run build -- --hall', unit: 'ms', samples: [buildMs] })
      }
      log(`starting the dev server with --remote and the hall bundle (${dir})`)
      // DECK_HALL_TIMING: the server prints when each fan-out starts and ends, to tell its time from the phones'
      const d = await startDevServer(3475, { DECK_HALL_DIR: dir, DECK_HALL_TIMING: '1' }, ['--remote', 'bench-hall'])
      onCleanup(() => d.close())
      const slides = 10 // the speaker moves among slides 2–10
      // the speaker on a slide of text; a phone joins wherever it is
      const speakerSlide = 5
      await fetch(`${d.url}/@server-reactive/nav`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Origin': d.url }, body: JSON.stringify({ source: 'bench', patch: { page: speakerSlide, clicks: 0, lastUpdate: { id: 'bench', type: 'presenter', time: Date.now() } }, timestamp: Date.now() }) })
      const b = await getBrowser()
      const url = hallAddress(d.url)
      log('a first phone (the server compresses each file once: not counted)')
      await joinCost(b, url, 'en-US')
      const costs = { en: await joinCost(b, url, 'en-US'), zh: await joinCost(b, url, 'zh-CN') }
      info.hallJoin = costs
      const h = 'hall'
      for (const [lang, c] of Object.entries(costs)) {
        log(`join (${lang}, slide ${speakerSlide}): ${c.requests} requests + ${c.websockets} websocket (${c.requestsAtShown} until the slide showed), ${(c.bytes / 1024).toFixed(1)} KB, fonts ${(c.fontBytes / 1024).toFixed(1)} KB`)
        rows.push(
          { section: h, name: `join, ${lang} phone (390×844, slide ${speakerSlide}): requests (+ ${c.websockets} websocket)`, unit: '', samples: [c.requests], goal: '≤ 100', met: c.requests + c.websockets <= 100 },
          { section: h, name: `join, ${lang} phone: bytes transferred (fonts ${(c.fontBytes / 1024).toFixed(0)} KB)`, unit: 'B', samples: [c.bytes], goal: '≤ 1.5 MB', met: c.bytes <= 1.5 * 1024 * 1024 },
        )
      }
      // the crowd asks for what the Chinese phone asked for (the larger join), the page first
      const paths = costs.zh.paths.filter(p => !p.startsWith(HALL_SOCKET))
      // the phones of the crowds and the fan-out, in a process of their own
      const phones = new Phones()
      for (const n of [100, 300, 1000]) {
        log(`${n} phones joining at once (${paths.length} requests each)`)
        const crowd = await crowdJoins(phones, d.url, paths, n, costs.zh.acceptEncoding)
        const failed = Object.values(crowd.failures).reduce((a, b) => a + b, 0)
        const causes = Object.entries(crowd.failures).map(([why, k]) => `${k} ${why}`).join(', ')
        log(`${n} joins: ${ms(crowd.wallMs)}, ${(crowd.bytes / n / 1024).toFixed(0)} KB each, the phones' process ${ms(crowd.clientCpuMs)} of CPU${failed ? `; failed: ${causes}` : ''}`)
        rows.push(
          { section: h, name: `${n} joins at once: all served (${(crowd.bytes / n / 1024).toFixed(0)} KB each${failed ? `, ${failed} failed: ${causes}` : ''})`, unit: 'ms', samples: [crowd.wallMs], ...n === 300 ? { goal: '≤ 10 s', met: crowd.wallMs <= 10_000 && !failed } : {} },
          { section: h, name: `${n} joins at once: each phone's time`, unit: 'ms', samples: crowd.perPhoneMs },
          { section: h, name: `${n} joins at once: CPU time of the simulated phones' process`, unit: 'ms', samples: [crowd.clientCpuMs] },
        )
      }
      for (const n of [100, 300, 1000]) {
        log(`fan-out to ${n} sockets: 20 changes (slide, language in turn)`)
        const f = await fanOut(phones, d.url, n, 20, slides, d.log)
        const f5 = (x: number[]) => x.length ? `${median(x).toFixed(1)} / ${p95(x).toFixed(1)} ms` : '?'
        log(`fan-out to ${n}: p50 / p95 ${f5(f.samples)}; the server's intake ${f5(f.intakeMs)}, its send loop ${f5(f.sendLoopMs)} (CPU ${f5(f.sendLoopCpuMs)}), after it to the last phone ${f5(f.afterServerMs)}`)
        rows.push(
          { section: h, name: `fan-out to ${n} phones: speaker's POST → each socket${f.missed ? ` (${f.missed} missed)` : ''}`, unit: 'ms', samples: f.samples, ...n === 1000 ? { goal: 'p95 < 50 ms', met: p95(f.samples) < 50 && !f.missed } : {} },
          { section: h, name: `fan-out to ${n}: server, POST → its send loop starts (per change)`, unit: 'ms', samples: f.intakeMs },
          { section: h, name: `fan-out to ${n}: server, the send loop to ${n} sockets (per change)`, unit: 'ms', samples: f.sendLoopMs },
          { section: h, name: `fan-out to ${n}: server, the send loop's CPU time (per change)`, unit: 'ms', samples: f.sendLoopCpuMs },
          { section: h, name: `fan-out to ${n}: after the server's loop → the last phone has it (per change)`, unit: 'ms', samples: f.afterServerMs },
          { section: h, name: `fan-out to ${n}: CPU time of the simulated phones' process (per change)`, unit: 'ms', samples: f.clientCpuMs },
        )
      }
      phones.stop()
      await d.close()
    })
  }

  // ---- export: both languages versus one, nothing else running ------------------------------------
  if (only.has('export')) {
    await browser?.close()
    browser = undefined
    await section('export', async () => {
      const out = tempDir('export')
      const tsx = join(ROOT, 'node_modules/.bin/tsx')
      const one: number[] = []
      const both: number[] = []
      // ABBA order, so a warm or cold cache favours neither
      const order = n.export === 1 ? ['one', 'both'] : ['one', 'both', 'both', 'one']
      for (const which of order) {
        log(`export: ${which === 'one' ? 'en alone' : 'en + zh'}`)
        const t = await run(tsx, ['scripts/export.ts', '--out', out, ...(which === 'one' ? ['--lang', 'en'] : [])])
        ;(which === 'one' ? one : both).push(t)
      }
      const ratio = median(both) / median(one)
      rows.push(
        { section: 'export', name: 'one language (--lang en)', unit: 'ms', samples: one },
        { section: 'export', name: 'both languages', unit: 'ms', samples: both },
        { section: 'export', name: 'ratio both/one (medians)', unit: '×', samples: [ratio], goal: '≤ 1.3', met: ratio <= 1.3 },
      )
    })
  }

  log('done')
  const text = table(rows)
  console.log(`\n${text}\n`)
  if (failed.length)
    console.log(`bench: not measured:\n${failed.map(f => `  - ${f.section}: ${f.why}`).join('\n')}\n`)
  const meta = { ...machine(), loadavgBefore: (info.machineBefore as Record<string, string>).loadavg, quick, only: [...only], wallMs: performance.now() - started }
  const dir = join(ROOT, 'bench/results')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ meta, info, failed, rows }, null, 2)}\n`)
  console.log(`bench: all samples in bench/results/latest.json`)
  if (!quick && only.size === SECTIONS.length && !failed.length) {
    writeResults(meta, text)
    console.log('bench: table written to bench/RESULTS.md')
  }
  else {
    console.log(`bench: ${failed.length ? 'some sections could not measure' : 'partial or --quick run'}; bench/RESULTS.md left as it was`)
  }
  return failed.length ? 1 : 0
}

const BEGIN = '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->'
const END = '<!-- bench:end -->'

/** Replaces the generated part of bench/RESULTS.md, keeping what is written around it. */
function writeResults(meta: Record<string, unknown>, text: string): void {
  const file = join(ROOT, 'bench/RESULTS.md')
  const generated = [
    BEGIN,
    `Run of ${meta.date}: ${meta.nproc} cores (\`nproc\`), ${meta.cpu}, Node ${meta.node}, ${meta.chromium};`,
    `load average ${meta.loadavgBefore} before, ${meta.loadavg} after; ${((meta.wallMs as number) / 1000).toFixed(0)} s in all.`,
    '',
    text,
    END,
  ].join('\n')
  const old = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n${BEGIN}\n${END}\n`
  const at = old.indexOf(BEGIN)
  const end = old.indexOf(END)
  const next = at >= 0 && end > at ? `${old.slice(0, at)}${generated}${old.slice(end + END.length)}` : `${old.trimEnd()}\n\n${generated}\n`
  writeFileSync(file, next)
}

// a promise a section left behind must not end the run and lose the other sections' figures
process.on('unhandledRejection', (e) => {
  console.error(`bench: a stray error, ignored: ${firstLine(e)}`)
})

let stopping = false
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (stopping)
      return
    stopping = true
    console.error(`\nbench: interrupted (${signal}); stopping servers`)
    void cleanupAll().then(() => process.exit(code))
  })
}

let args: ReturnType<typeof benchArgs>
try {
  args = benchArgs(process.argv.slice(2))
}
catch (e) {
  console.error(`bench: ${(e as Error).message}`)
  process.exit(64)
}

main(args).then(
  async (code) => {
    await cleanupAll()
    process.exit(code)
  },
  async (e) => {
    console.error(`bench: failed: ${(e as Error).stack ?? e}`)
    await cleanupAll()
    process.exit(1)
  },
)
