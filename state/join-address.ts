// The audience's address, as the dev server gives it and the presenter view shows it. Pure: the
// dev server (server/join.ts) and the windows (state/join.ts) share it.

/** Path of the dev server's answer: `{ url: string | null }`. */
export const JOIN_PATH = '/@deck/join'

/**
 * The address as phones should get it: the audience view at the root, with no query or hash
 * (a presenter's address carries `?password=`; nothing of it may reach the audience).
 */
export function audienceAddress(url: string | null | undefined): string | undefined {
  if (!url)
    return undefined
  try {
    const u = new URL(url)
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      return undefined
    u.search = ''
    u.hash = ''
    u.username = ''
    u.password = ''
    return u.href
  }
  catch {
    return undefined
  }
}
