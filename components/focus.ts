/**
 * After a mouse click on a button, give the focus back to the deck: Slidev ignores its keys
 * (arrows, L…) while a button has focus. A keyboard activation (detail 0) keeps the focus where it is.
 */
export function releaseMouseFocus(event: MouseEvent): void {
  if (event.detail > 0)
    (event.currentTarget as HTMLElement | null)?.blur()
}
