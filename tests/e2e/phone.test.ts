// A listener's phone at 390×844 (touch, mobile) on the run's shared dev server (it runs with `--remote`),
// as in the hall: the speaker's windows on the laptop (localhost), phones on another origin
// (127.0.0.2), and the audience address read back from the QR code of the presenter view. The phone
// reader's layout, slide by slide, is tests/site/reader.test.ts.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import jsQR from 'jsqr'
import { devices } from 'playwright-chromium'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import zh from '../../locales/zh.json'
import { slideNoOf } from '../../scripts/harness'
import { networkAudienceUrl } from '../../server/join'
import { connectBrowser, devUrl, followsSpeaker, presenterGoTo, pressKey, remotePassword, remoteUrl, resetDeck, slideShown, waitHtmlLang } from './shared'

/** An iPhone-sized screen held upright, in Chromium: 390×844 CSS px, touch, mobile viewport. */
function phone(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  const { defaultBrowserType: _webkit, ...iphone } = devices['iPhone 13']
  return browser.newContext({ ...iphone, viewport: { width: 390, height: 844 }, locale })
}

let browser: Browser
const contexts: BrowserContext[] = []
async function newPhone(locale?: string): Promise<BrowserContext> {
  const c = await phone(browser, locale)
  contexts.push(c)
  return c
}

beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await Promise.all(contexts.map(c => c.close()))
  await browser?.close()
})

describe('phones in the hall (--remote, phones on another origin)', () => {
  let PASSWORD = ''
  let local = ''
  let remote = ''
  let laptop: BrowserContext
  /** The phone of most tests, kept for the file (its cache saves a cold load per test). */
  let hallPhone: BrowserContext
  let presenter: Page
  const waitLang = waitHtmlLang
  const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang)
  const presenterGo = (no: number): Promise<void> => presenterGoTo(presenter, no)
  const press = pressKey
  async function openPhone(path = '/', locale?: string): Promise<Page> {
    const page = await (locale ? await newPhone(locale) : hallPhone).newPage()
    await page.goto(`${remote}${path}`, { timeout: 90_000 })
    await page.locator('.slidev-page:visible').first().waitFor({ timeout: 90_000 })
    return page
  }

  beforeAll(async () => {
    PASSWORD = remotePassword()
    local = devUrl()
    remote = remoteUrl()
    hallPhone = await newPhone()
    laptop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    contexts.push(laptop)
    presenter = await laptop.newPage()
    await presenter.goto(`${local}/presenter/1?lang=en&password=${PASSWORD}`, { timeout: 90_000 })
    await presenter.locator('.slidev-page-1').first().waitFor({ timeout: 90_000 })
  })
  beforeEach(async () => {
    await resetDeck(local)
    await presenterGo(1)
  })

  it('follows the speaker\'s slide and L; its own L stays its own; back to live after looking back', { timeout: 240_000 }, async () => {
    const reader = await openPhone()
    expect(await reader.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(true)
    await reader.getByTestId('reader-live').waitFor()

    // the speaker's slide change and L reach the phone
    await followsSpeaker(reader, presenter)

    // the phone's own language: its screen only
    await reader.getByTestId('reader-lang').tap()
    await waitLang(reader, 'zh-CN')
    expect(await htmlLang(presenter)).toBe('en')
    await reader.getByTestId('follow-speaker').waitFor()
    expect((await reader.getByTestId('follow-speaker').textContent())?.trim()).toBe(`${zh.app.ownLanguage} · ${zh.app.followSpeaker}`)
    // one more tap: the bilingual view, again on this phone only
    await reader.getByTestId('reader-bilingual').tap()
    await reader.waitForFunction(() => document.documentElement.classList.contains('deck-bilingual'))
    expect(await presenter.evaluate(() => document.documentElement.classList.contains('deck-bilingual'))).toBe(false)
    await reader.getByTestId('follow-speaker').tap()
    await waitLang(reader, 'en')
    await reader.waitForFunction(() => !document.documentElement.classList.contains('deck-bilingual'))

    // looking back: an earlier slide, and the speaker's next move waits
    await reader.getByTestId('reader-prev').tap()
    await slideShown(reader, 4)
    await reader.getByTestId('back-to-live').waitFor()
    await presenterGo(6)
    // the L sent after the move arrives after it, on the same websocket: the move has reached the phone
    await press(presenter, 'l')
    await waitLang(reader, 'zh-CN')
    expect(await reader.locator('.slidev-page-4:visible').count()).toBe(1)
    expect(new URL(reader.url()).pathname).toBe('/4')
    // back to live: the speaker's slide, and following again
    await reader.getByTestId('back-to-live').tap()
    await slideShown(reader, 6)
    await reader.getByTestId('reader-live').waitFor()
    await presenterGo(7)
    await slideShown(reader, 7)
    await reader.goto('about:blank')
  })

  // two phones of their own (a browser in Chinese, one in German): two cold page loads
  it('a phone starts in its browser\'s first language the deck has, else the speaker\'s', { timeout: 300_000 }, async () => {
    const chinese = await openPhone('/', 'zh-CN')
    await waitLang(chinese, 'zh-CN')
    await chinese.getByTestId('follow-speaker').waitFor()
    expect(await htmlLang(presenter)).toBe('en')
    // the speaker talks in Chinese now: a German browser gets the speaker's language, and follows it
    await press(presenter, 'l')
    await waitLang(presenter, 'zh-CN')
    const german = await openPhone('/', 'de-DE')
    await waitLang(german, 'zh-CN')
    expect(await german.getByTestId('follow-speaker').count()).toBe(0)
    await press(presenter, 'l')
    await waitLang(german, 'en')
    // the Chinese phone kept its own language through both changes, and the speaker's is the speaker's
    expect(await htmlLang(chinese)).toBe('zh-CN')
    expect(await htmlLang(presenter)).toBe('en')
    await Promise.all([chinese.goto('about:blank'), german.goto('about:blank')])
  })

  it('a calculator on the phone: its inputs and results, read-only, with the presenter\'s values', async () => {
    const training = await slideNoOf(presenter, 'calcTraining')
    const reader = await openPhone()
    await presenterGo(training)
    await slideShown(reader, training)
    const slide = reader.locator(`.slidev-page-${training}:visible`)
    const days = slide.locator('input[name="days"]')
    expect(await days.getAttribute('readonly')).not.toBeNull()
    expect(await slide.locator('.calc-chip').filter({ visible: true }).count()).toBe(0)
    // the presenter's value arrives; the phone's typing changes nothing
    await presenter.locator(`.slidev-page-${training} input[name="days"]`).first().fill('77')
    await reader.waitForFunction(no => (document.querySelector(`.slidev-page-${no} input[name="days"]`) as HTMLInputElement)?.value === '77', training)
    const energy = () => slide.locator('[data-output="energyKwh"]').getAttribute('data-value')
    const presenterEnergy = await presenter.locator(`.slidev-page-${training} [data-output="energyKwh"]`).first().getAttribute('data-value')
    await expect.poll(energy).toBe(presenterEnergy)
    await days.tap()
    await reader.keyboard.type('9')
    expect(await days.inputValue()).toBe('77')
    // results above the inputs, at reading size
    const [out, inputs] = await Promise.all([slide.locator('.calc-outputs').boundingBox(), slide.locator('.calc-inputs').boundingBox()])
    expect(out!.y).toBeLessThan(inputs!.y)
    await reader.goto('about:blank')
  })

  it.skipIf(!networkAudienceUrl(1))('the presenter view shows a QR code of the audience address; a phone that scans it joins; J puts it on the slide', { timeout: 240_000 }, async () => {
    const code = presenter.getByTestId('join-qr')
    await code.waitFor()
    // decode the QR code from the pixels the presenter view shows
    const png = await code.screenshot()
    const { width, height, data } = await presenter.evaluate(async (b64) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height)
      return { width: pixels.width, height: pixels.height, data: [...pixels.data] }
    }, png.toString('base64'))
    const decoded = jsQR(Uint8ClampedArray.from(data), width, height)
    expect(decoded, 'the QR code decodes').not.toBeNull()
    const address = decoded!.data
    expect(address).not.toMatch(/password|presenter|\?/i)
    expect(address).not.toContain(PASSWORD)
    expect(address).toBe(networkAudienceUrl(Number(new URL(local).port)))
    expect((await presenter.getByTestId('join-address').textContent())?.trim()).toBe(address.replace(/^http:\/\//, '').replace(/\/$/, ''))

    // the phone opens what it scanned: the reader, on the speaker's slide
    await presenterGo(3)
    const reader = await hallPhone.newPage()
    await reader.goto(address, { timeout: 90_000 })
    await slideShown(reader, 3)
    expect(await reader.evaluate(() => document.documentElement.classList.contains('deck-reader'))).toBe(true)
    await reader.getByTestId('reader-live').waitFor()

    // J: the same code large on the projected slide (the laptop's audience window), until the next key
    const stage = await laptop.newPage()
    await stage.goto(`${local}/3?lang=en`, { timeout: 90_000 })
    await slideShown(stage, 3)
    await press(presenter, 'j')
    await stage.getByTestId('join-stage').waitFor()
    expect(await reader.getByTestId('join-stage').count()).toBe(0) // never on a phone
    await press(presenter, 'ArrowRight')
    await stage.getByTestId('join-stage').waitFor({ state: 'detached' })
    await Promise.all([stage.close(), reader.goto('about:blank')])
  })
})
