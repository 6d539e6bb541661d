// usage: tsx /work/notes/shot.ts <baseUrl> <outDir> <view> <slides...>   view: en | zh | zh&also=en | en&also=zh
import { chromium } from 'playwright-chromium'
const [base, out, view, ...nos] = process.argv.slice(2)
const [lang, also] = view.split('&also=')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
page.setDefaultTimeout(120_000)
for (const no of nos) {
  await page.goto(`${base}/${no}?lang=${lang}&also=${also ?? ''}`)
  await page.locator(`.slidev-page-${no}`).first().waitFor()
  await page.waitForTimeout(1500)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.screenshot({ path: `${out}/${no}-${view.replace('&also=', '+')}.png` })
}
await browser.close()
