// The stage walk's typography check (typography.ts) against a planted page: each defect it must find, planted
// once, is reported; the same text set as the deck sets it is not. One page, no dev server.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WHOLE_SOURCE } from '../../i18n/keep'
import { connectBrowser } from './shared'
import { typographyProblems } from './typography'

let browser: Browser
let page: Page

/** A small page: every planted paragraph in a narrow column, so that lines break where the defect needs them to. */
function planted(body: string): string {
  return `<!doctype html><html lang="en"><head><style>
    :root { font-synthesis: none; font-family: sans-serif; font-size: 20px; }
    .col { width: 7.2em; line-height: 1.4; margin: 0 0 1em; }
    .deck-fig, .deck-keep, .deck-source, .seg { white-space: nowrap; }
    .deck-source { font-size: 0.55em; }
  </style></head><body><div id="slide">${body}</div></body></html>`
}

async function check(body: string, speakerWords: string[] = []): Promise<string[]> {
  await page.setContent(planted(body))
  return page.evaluate(typographyProblems, { root: '#slide', whole: WHOLE_SOURCE, speakerWords })
}

beforeAll(async () => {
  browser = await connectBrowser()
  page = await browser.newPage({ viewport: { width: 1200, height: 800 } })
})
afterAll(async () => {
  await browser?.close()
})

describe('the typography check finds each planted defect', () => {
  it('a figure split from its unit', async () => {
    expect(await check('<p class="col" style="width: 3.5em">energy <span class="deck-fig" style="white-space: normal">48.75 GWh</span></p>'))
      .toEqual([expect.stringMatching(/^split: "48\.75 GWh"/)])
  })
  it('a model name split at its hyphen in plain text', async () => {
    expect(await check('<p class="col" style="width: 3.2em">a GPT-4o model</p>')).toEqual([expect.stringMatching(/^split: "GPT-4o"/)])
  })
  it('a source mark alone on a line', async () => {
    expect(await check('<p class="col">the figure is fine <sup class="deck-source"><a href="#r">[35]</a></sup></p>'))
      .toEqual([expect.stringMatching(/^mark: "\[35\]"/)])
  })
  it('a Chinese paragraph ending in one character', async () => {
    expect(await check('<p class="col" lang="zh-CN" style="width: 7em">这是一个测试句子</p>'))
      .toEqual([expect.stringMatching(/^orphan: last line "\p{Script=Han}/u)])
  })
  it('chinese in italic, and Chinese that allows synthesized styles', async () => {
    expect(await check('<p lang="zh-CN" style="font-style: italic">引用的中文</p>')).toEqual([expect.stringMatching(/^slanted: "引用的中文" is italic/)])
    expect(await check('<p lang="zh-CN" style="font-synthesis: weight style">中文</p>')).toEqual([expect.stringMatching(/^synthesis: "中文"/)])
  })
  it('a link broken inside a word', async () => {
    expect(await check('<p class="col" style="width: 5em; word-break: break-all"><a href="https://arxiv.org/abs/1">arxiv.org/abs/2104.10350</a></p>'))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^link: "arxiv\.org/)]))
  })
  it('a key hint and a copy-link control on the slide', async () => {
    const found = await check('<p><kbd>L</kbd> Press L to switch</p><button data-testid="copy-link">Copy link</button>', ['Press L to switch'])
    expect(found).toEqual([expect.stringMatching(/^speaker: kbd/), expect.stringMatching(/^speaker: button "Copy link"/), expect.stringMatching(/^speaker: "Press L/)])
  })
  it('a case transform over a model name', async () => {
    expect(await check('<p style="text-transform: uppercase">Measured: GPT-4o</p>')).toEqual([expect.stringMatching(/^case: "Measured: GPT-4o" set in uppercase/)])
  })
  it('reports nothing where the same text is set as the deck sets it', async () => {
    expect(await check(`
      <p class="col" style="width: 3.5em">energy <span class="deck-fig">48.75 GWh</span></p>
      <p class="col" style="width: 3.2em">a <span class="deck-keep">GPT-4o</span> model</p>
      <p class="col">the figure is <span class="deck-keep">fine<sup class="deck-source"><a href="#r">[35]</a></sup></span></p>
      <p class="col" lang="zh-CN" style="width: 7em">这是一个测<span class="deck-keep">试句子</span></p>
      <p class="col" style="width: 5em"><a href="https://arxiv.org/abs/1"><span class="seg">arxiv.</span><wbr><span class="seg">org/</span><wbr><span class="seg">abs/</span><wbr><span class="seg">2104.10350</span></a></p>
    `, ['Press L to switch'])).toEqual([])
  })
})
