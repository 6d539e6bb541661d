// axe-core (4.x) in a page of the deck: injected once per page load, run on one slide's element.
// The stage walk (stage.test.ts) runs it on every slide of every view it already turns through.
import type { Page } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** What fails the deck: any serious or critical violation, and empty table headers (minor in axe, but a cell with no name). */
const FAILING_IMPACTS = ['serious', 'critical']
const ALWAYS_FAILING = ['empty-table-header']
/**
 * Rules counted, not failed: none. (Text contrast was, while the bilingual view muted its second
 * language with opacity; muted text is now a colour that holds 4.5:1, styles/index.css.) A rule listed
 * here is printed with its count by the stage walk instead of failing it.
 */
export const DEFERRED_RULES: string[] = []

/**
 * Slidev's drawing layer, an empty transparent SVG over the whole slide: axe takes it for an element
 * covering the text and gives up on every contrast check ("bgOverlap"). Hidden while axe runs, unless
 * something was drawn on it.
 */
const DRAWING_LAYER = '#slideshow ~ svg.pointer-events-none'

/** What the rule filter reads of axe's loaded rules and checks (`axe._audit`, axe-core 4.x). */
interface AxeRule { id: string, impact?: string, enabled?: boolean, tags: string[], any: AxeCheck[], all: AxeCheck[], none: AxeCheck[] }
type AxeCheck = string | { id: string }
interface AxeAudit { rules: AxeRule[], data: { checks: Record<string, { impact?: string }> } }

/** Puts axe into the page, once per page load. */
export async function ensureAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => typeof (window as any).axe === 'object'))
    return
  await page.addScriptTag({ content: AXE_SOURCE })
}

/**
 * axe-core on the visible copy of slide `no` (or on `selector`): one line per failing element,
 * `rule (impact): target — what axe says`. Only the slide's element is checked: Slidev's own chrome
 * (nav bar, menus) is outside it. Only the rules of axe's default set that can fail the deck run (a
 * fifth less axe time in the stage walk, 23 → 18 core-s): what they find is what the whole set finds.
 */
export async function axeProblems(page: Page, no: number, selector?: string, deferred?: Map<string, number>): Promise<string[]> {
  await ensureAxe(page)
  const found = await page.evaluate(async ([n, sel, impacts, always, layer]) => {
    const target = sel
      ? document.querySelector(sel)
      : [...document.querySelectorAll(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
    if (!target)
      return [{ rule: '', line: `no element to check (${sel ?? `slide ${n}`})` }]
    const drawing = document.querySelector<SVGElement>(layer)
    const hide = drawing && drawing.childElementCount === 0
    if (hide)
      drawing.style.display = 'none'
    try {
      const axe = (window as any).axe
      // only the rules that can fail the deck: a rule whose own impact is minor or moderate reports every
      // violation at that impact (axe's finalizeRuleResult), else a violation takes its checks' highest impact
      const audit = axe._audit as AxeAudit | undefined
      const failing = (impact: string | undefined): boolean => (impacts as readonly string[]).includes(impact ?? '')
      const canFail = (r: AxeRule): boolean => (always as readonly string[]).includes(r.id) || (r.impact
        ? failing(r.impact)
        : [...r.any, ...r.all, ...r.none].some(c => failing(audit!.data.checks[typeof c === 'string' ? c : c.id]?.impact)))
      // axe's own default set (enabled, not experimental), less the rules that cannot fail the deck
      const rules = audit?.rules.filter(r => r.enabled !== false && !r.tags.includes('experimental') && canFail(r)).map(r => r.id)
      const result = await axe.run(target, { resultTypes: ['violations'], ...rules?.length ? { runOnly: { type: 'rule', values: rules } } : {} })
      return (result.violations as any[])
        .filter(v => impacts.includes(v.impact) || always.includes(v.id))
        .flatMap(v => (v.nodes as any[]).map(node => ({ rule: v.id as string, line: `${v.id} (${v.impact}): ${node.target.join(' ')} — ${String(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}` })))
    }
    finally {
      if (hide)
        drawing.style.display = ''
    }
  }, [no, selector, FAILING_IMPACTS, ALWAYS_FAILING, DRAWING_LAYER] as const)
  for (const f of found.filter(f => DEFERRED_RULES.includes(f.rule)))
    deferred?.set(f.rule, (deferred.get(f.rule) ?? 0) + 1)
  return found.filter(f => !DEFERRED_RULES.includes(f.rule)).map(f => f.line)
}
