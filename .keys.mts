import { chromium } from 'playwright-chromium'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage()
await page.goto('http://localhost:3900/1?lang=en')
await page.locator('.slidev-page').first().waitFor()
console.log(await page.evaluate(() => (window as any).__slidev__.nav.slides.map((s: any, i: number) => `${i + 1}:${s.meta.slide.frontmatter.key ?? '-'}`).join(' ')))
await browser.close()
