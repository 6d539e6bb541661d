import { launchBrowser, startDevServer } from '../tests/e2e/harness'
const dev = await startDevServer(3479)
const browser = await launchBrowser()
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await ctx.newPage()
  page.setDefaultTimeout(90000)
  await page.goto(`${dev.url}/22?lang=en`)
  await page.locator('.slidev-page-22:visible').waitFor()
  await page.waitForTimeout(3000)
  await page.keyboard.press('l'); await page.waitForTimeout(1500)
  await page.keyboard.press('l'); await page.waitForTimeout(1500)
  const cdp = await ctx.newCDPSession(page)
  const events: any[] = []
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value))
  const done = new Promise(r => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' } as any)
  for (let i = 0; i < 4; i++) { await page.keyboard.press('l'); await page.waitForTimeout(1200) }
  await cdp.send('Tracing.end')
  await done
  const pid = events.find(e => e.name === 'TracingStartedInBrowser')?.pid
  const sum = new Map<string, number>()
  for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000)
  ;[...sum].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / 4).toFixed(1).padStart(8), 'ms/switch', k))
  const big = events.filter(e => e.ph === 'X' && e.dur > 20000 && ['Layout', 'UpdateLayoutTree', 'Paint', 'RunTask', 'FunctionCall', 'EventDispatch', 'ParseAuthorStyleSheet', 'RecalculateStyles'].includes(e.name))
  for (const e of big.slice(0, 30)) console.log(e.name, (e.dur / 1000).toFixed(1), JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 160))
}
finally { await browser.close(); await dev.close() }
