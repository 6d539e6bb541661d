// The typography check of the stage walk, one function run inside the page (page.evaluate): what a reader sees
// broken on a slide. It reads the rendered lines (client rects of text ranges), not the markup, so it finds a
// defect whatever caused it. tests/e2e/typography.test.ts proves it on a planted page; stage.test.ts runs it on
// every slide in every view.

export interface TypographyArgs {
  /** CSS selector of the slide (the first visible match is checked). */
  root: string
  /** Names and terms that never break (the source of i18n/keep.ts's pattern). */
  whole: string
  /** Words of speaker-only controls (key hints, "Copy link") in every language: never on the audience's canvas. */
  speakerWords: string[]
}

/**
 * Every typographic defect of the slide, as one line each:
 * - `split`: a figure, a kept run (name, unit, term), a link segment, or a name or term in plain text on two lines;
 * - `mark`: a source mark [n] on another line than the word before it;
 * - `orphan`: a Chinese paragraph whose last line holds one Han character (punctuation aside) and nothing else;
 * - `slanted` / `synthesis`: Chinese text in italic, or with synthesized bold or slant allowed;
 * - `link`: a link broken elsewhere than after "/", "." or the hyphen between a slug's words (or a space);
 * - `speaker`: a key hint or a "copy link" control on the slide;
 * - `case`: text under a case transform.
 */
export function typographyProblems(args: TypographyArgs): string[] {
  const { root, whole, speakerWords } = args
  const slide = [...document.querySelectorAll<HTMLElement>(root)].find(e => e.getBoundingClientRect().width > 0)
  if (!slide)
    return [`no visible ${root}`]
  const problems: string[] = []
  const show = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' ').trim().slice(0, 60))

  const visible = (el: Element): boolean => {
    for (let a: Element | null = el; a && a !== slide.parentElement; a = a.parentElement) {
      const cs = getComputedStyle(a)
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
        return false
    }
    const r = el.getBoundingClientRect()
    return r.width > 0 || r.height > 0
  }
  const rectsOf = (range: Range): DOMRect[] => [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5)
  /** Two boxes on one line: the middle of the lower one lies within the other's height (a raised mark included). */
  const sameLine = (a: DOMRect, b: DOMRect): boolean => {
    const [small, big] = a.height <= b.height ? [a, b] : [b, a]
    const mid = (small.top + small.bottom) / 2
    return mid > big.top && mid < big.bottom
  }
  /** The number of lines a set of boxes takes. */
  const lineCount = (rects: DOMRect[]): number => {
    const lines: DOMRect[] = []
    for (const r of [...rects].sort((a, b) => b.height - a.height)) {
      if (!lines.some(l => sameLine(l, r)))
        lines.push(r)
    }
    return lines.length
  }
  /** One box per visible character of a text node (spaces skipped), with the character and its offset. */
  const charBoxes = (node: Text): { c: string, r: DOMRect, i: number }[] => {
    const out: { c: string, r: DOMRect, i: number }[] = []
    const text = node.data
    const range = document.createRange()
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!
      const len = code > 0xFFFF ? 2 : 1
      const c = text.slice(i, i + len)
      if (!/\s/.test(c)) {
        range.setStart(node, i)
        range.setEnd(node, i + len)
        const r = rectsOf(range)[0]
        if (r)
          out.push({ c, r, i })
      }
      i += len - 1
    }
    return out
  }
  const inSvgText = (el: Element): boolean => !!el.closest('svg') && !el.closest('foreignObject')
  const textNodes: Text[] = []
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement
    if (el && (n as Text).data.trim() && !el.closest('style, script') && visible(el))
      textNodes.push(n as Text)
  }

  // split: elements that must stay on one line
  for (const el of slide.querySelectorAll<HTMLElement>('.deck-fig, .deck-keep, .deck-source, .deck-quote .keep, .deck-refs a .seg')) {
    if (!visible(el) || inSvgText(el))
      continue
    const range = document.createRange()
    range.selectNodeContents(el)
    let rects = rectsOf(range)
    // a big figure may wrap between its number and a long unit ("5.85 billion | image–text pairs"): only its
    // number with the word after it must stay whole
    if (el.classList.contains('deck-fig') && getComputedStyle(el).whiteSpace !== 'nowrap') {
      const head = /^\D*?[\d.,]+(?:\s?[^\s\d\p{Script=Han}]+|[万亿]?\p{Script=Han}?)/u.exec(el.textContent ?? '')?.[0]
      if (!head)
        continue
      // the range from the figure's start to the end of its head, across the text nodes inside it
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
      let left = head.length
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const len = (n as Text).data.length
        if (left <= len) {
          range.setEnd(n, left)
          break
        }
        left -= len
      }
      rects = rectsOf(range)
    }
    if (lineCount(rects) > 1)
      problems.push(`split: ${show(el.textContent ?? '')} (${el.className.split(' ')[0]}) on ${lineCount(rects)} lines`)
  }
  // split: a name or term in plain text, whatever its markup
  const wholeRe = new RegExp(whole, 'gu')
  for (const node of textNodes) {
    if (inSvgText(node.parentElement!))
      continue
    for (const m of node.data.matchAll(wholeRe)) {
      const range = document.createRange()
      range.setStart(node, m.index)
      range.setEnd(node, m.index + m[0].length)
      if (lineCount(rectsOf(range)) > 1)
        problems.push(`split: ${show(m[0])} on two lines`)
    }
  }

  // mark: a source mark with the word before it
  for (const mark of slide.querySelectorAll<HTMLElement>('.deck-source')) {
    if (!visible(mark) || inSvgText(mark))
      continue
    const range = document.createRange()
    range.selectNodeContents(mark)
    const box = rectsOf(range)[0]
    if (!box)
      continue
    // the last visible character before the mark, in the same text flow
    const before = textNodes.filter(n => !mark.contains(n) && (n.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING))
    const node = before.at(-1)
    const last = node && charBoxes(node).at(-1)
    if (!node || !last)
      continue
    const block = (e: Element): Element | null => {
      for (let a: Element | null = e; a; a = a.parentElement) {
        if (!getComputedStyle(a).display.startsWith('inline'))
          return a
      }
      return null
    }
    if (block(node.parentElement!) !== block(mark))
      continue
    if (!sameLine(last.r, box))
      problems.push(`mark: ${show(mark.textContent ?? '')} alone, after ${show(node.data.slice(-12))}`)
  }

  // per text flow (the nearest box that is not inline): Chinese last lines, links
  const flows = new Map<Element, Text[]>()
  for (const node of textNodes) {
    let box: Element | null = node.parentElement
    while (box && box !== slide && getComputedStyle(box).display === 'inline')
      box = box.parentElement
    if (!box || inSvgText(node.parentElement!))
      continue
    flows.set(box, [...(flows.get(box) ?? []), node])
  }
  for (const [box, nodes] of flows) {
    const lang = box.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang
    if (!lang.startsWith('zh'))
      continue
    const chars = nodes.flatMap(n => (n.parentElement!.closest('.deck-source') ? [] : charBoxes(n)))
    if (chars.length < 2 || lineCount(chars.map(c => c.r)) < 2)
      continue
    const end = chars.at(-1)!
    let i = chars.length - 1
    while (i > 0 && sameLine(chars[i - 1]!.r, end.r))
      i--
    const tail = chars.slice(i).map(c => c.c).join('')
    const han = [...tail].filter(c => /\p{Script=Han}/u.test(c)).length
    if (han <= 1 && !/[\p{L}\p{N}]/u.test(tail.replace(/\p{Script=Han}/gu, '')))
      problems.push(`orphan: last line ${show(tail)} of ${show(nodes.map(n => n.data).join(''))}`)
  }

  // slanted / synthesis: Chinese text drawn as the font draws it
  for (const node of textNodes) {
    if (!/\p{Script=Han}/u.test(node.data))
      continue
    const cs = getComputedStyle(node.parentElement!)
    if (cs.fontStyle !== 'normal')
      problems.push(`slanted: ${show(node.data)} is ${cs.fontStyle}`)
    if (cs.fontSynthesisWeight !== 'none' || cs.fontSynthesisStyle !== 'none')
      problems.push(`synthesis: ${show(node.data)} allows synthesized ${cs.fontSynthesisWeight !== 'none' ? 'bold' : 'slant'}`)
  }

  // link: an address breaks after "/", ".", a slug's hyphen or at a space, never inside a word
  for (const a of slide.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (!visible(a) || a.closest('.deck-source') || inSvgText(a))
      continue
    const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT)
    const chars: { c: string, r: DOMRect, space: boolean }[] = []
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n as Text
      let prev = -1
      for (const b of charBoxes(text)) {
        chars.push({ ...b, space: prev >= 0 && /\s/.test(text.data.slice(prev + 1, b.i)) })
        prev = b.i
      }
    }
    for (let i = 1; i < chars.length; i++) {
      if (!sameLine(chars[i - 1]!.r, chars[i]!.r) && !chars[i]!.space && !/[/.-]/.test(chars[i - 1]!.c))
        problems.push(`link: ${show(a.textContent ?? '')} broken after ${show(chars.slice(Math.max(0, i - 8), i).map(c => c.c).join(''))}`)
    }
  }

  // speaker: controls and hints for the speaker only
  for (const el of slide.querySelectorAll('kbd, [data-testid="copy-link"], .calc-copy-link')) {
    if (visible(el))
      problems.push(`speaker: ${el.tagName.toLowerCase()} ${show(el.textContent ?? '')} on the slide`)
  }
  const shown = textNodes.map(n => n.data).join(' ')
  for (const w of speakerWords) {
    if (w && shown.includes(w))
      problems.push(`speaker: ${show(w)} on the slide`)
  }

  // case: no text transform (it would turn "GPT-4o" into "GPT-4O")
  for (const node of textNodes) {
    const tt = getComputedStyle(node.parentElement!).textTransform
    if (tt !== 'none' && /\p{L}/u.test(node.data))
      problems.push(`case: ${show(node.data)} set in ${tt}`)
  }
  return [...new Set(problems)]
}
