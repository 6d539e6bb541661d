// Work that must not delay what a key shows: it runs once the frame that shows the change is out.

/**
 * Runs `fn` in a task after the next frame (so after the key's own re-render has been painted); at once
 * where there are no frames (Node, in the unit tests).
 */
export function afterNextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => setTimeout(fn))
  else
    fn()
}
