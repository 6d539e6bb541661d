// The bilingual view as a test reads it: the second-language blocks (`.deck-also[lang]`) a slide shows,
// for the dev server's windows (tests/e2e/bilingual.test.ts) and the static site's (tests/site/bilingual.test.ts).
import type { Page } from 'playwright-chromium'

export interface AlsoBlock { lang: string, text: string, px: number, inTitle: boolean, mono: boolean }

/** Second-language blocks (`.deck-also[lang]`) visible on slide `no`: their `lang`, text, font size, place. */
export function alsoBlocks(page: Page, no: number): Promise<AlsoBlock[]> {
  return page.evaluate((n) => {
    const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
    return [...(slide?.querySelectorAll<HTMLElement>('.deck-also') ?? [])]
      .filter(e => e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map(e => ({
        lang: e.lang,
        text: e.innerText.trim(),
        px: Number.parseFloat(getComputedStyle(e).fontSize),
        inTitle: !!e.closest('.slidev-layout > h1'),
        mono: !!e.closest('.deck-mono'),
      }))
  }, no)
}

/** Waits until slide `no` shows second-language blocks in `lang`; returns them ([] after the timeout). */
export async function waitAlso(page: Page, no: number, lang: string, timeout = 10_000): Promise<AlsoBlock[]> {
  try {
    await page.waitForFunction(([n, l]) => {
      const slide = [...document.querySelectorAll<HTMLElement>(`.slidev-page-${n}`)].find(e => e.getBoundingClientRect().width > 0)
      return [...(slide?.querySelectorAll<HTMLElement>(`.deck-also[lang="${l}"]`) ?? [])].some(e => e.getBoundingClientRect().height > 0 && e.innerText.trim())
    }, [no, lang] as const, { timeout })
  }
  catch {
    return []
  }
  return alsoBlocks(page, no)
}

/** Waits until no second-language block is shown anywhere on the page. */
export const waitNoAlso = (page: Page) => page.waitForFunction(() => ![...document.querySelectorAll<HTMLElement>('.deck-also')].some(e => e.getBoundingClientRect().height > 0), undefined, { timeout: 10_000 })
