// Figures of a benchmark run: samples → median / p95 / n, one table for the terminal and RESULTS.md.

/** One line of the results table. */
export interface Row {
  /** Section of the suite (lang, sync, calc, weight, export, soak). */
  section: string
  name: string
  unit: string
  /** Every measurement; a single value for sizes and counts. */
  samples: number[]
  /** The goal in words, and whether this run met it (undefined: no goal on this line). */
  goal?: string
  met?: boolean
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
function percentile(samples: number[], p: number): number {
  if (!samples.length)
    return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

export const median = (s: number[]): number => percentile(s, 50)
export const p95 = (s: number[]): number => percentile(s, 95)

function fmt(v: number, unit: string): string {
  if (!Number.isFinite(v))
    return '—'
  if (unit === 'B')
    return v >= 10_240 ? `${(v / 1024).toFixed(1)} KB` : `${Math.round(v)} B`
  if (unit === 'ms')
    return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`
  if (unit === '×')
    return `${v.toFixed(2)}×`
  if (unit === '%')
    return `${v.toFixed(0)} %`
  return Number.isInteger(v) ? String(v) : v.toFixed(2)
}

/** A markdown table (readable as is in a terminal). */
export function table(rows: Row[]): string {
  const head = ['section', 'figure', 'median', 'p95', 'n', 'goal', 'met']
  const body = rows.map(r => [
    r.section,
    r.name,
    fmt(median(r.samples), r.unit),
    r.samples.length > 1 ? fmt(p95(r.samples), r.unit) : '',
    String(r.samples.length),
    r.goal ?? '',
    r.met === undefined ? '' : r.met ? 'yes' : '**no**',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map(b => b[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(head), line(widths.map(w => '-'.repeat(w))), ...body.map(line)].join('\n')
}
