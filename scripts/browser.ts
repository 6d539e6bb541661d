// Finds a system Chromium or Chrome for the browser tests, the export and the benchmarks.
// Order: $CHROMIUM_PATH (or $CHROME_PATH), then the usual install places on Linux, macOS, Windows.
import type { Browser, BrowserContextOptions } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const fromEnv = [env.CHROMIUM_PATH, env.CHROME_PATH].filter((p): p is string => Boolean(p))
  if (platform === 'darwin') {
    return [...fromEnv, '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string => Boolean(p))
    return [...fromEnv, ...roots.flatMap(r => [join(r, 'Google/Chrome/Application/chrome.exe'), join(r, 'Chromium/Application/chrome.exe'), join(r, 'Microsoft/Edge/Application/msedge.exe')])]
  }
  // Chromium's headless shell first: the same engine without the desktop browser around it, and a
  // third to a half less CPU per window (README → Tests); the full Chromium after it
  return [...fromEnv, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge']
}

/** How to get a browser, said once for every caller. */
export const NO_BROWSER_HELP = [
  'No Chromium or Chrome was found.',
  'Install one (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell`, or `chromium`; macOS: install Google Chrome; Windows: install Chrome or Edge),',
  'or point CHROMIUM_PATH at the browser executable, e.g. `CHROMIUM_PATH=/path/to/chrome npm run export`.',
].join('\n')

/** The first browser executable that exists, or undefined. `CHROMIUM_PATH` set to a missing file counts as none. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): string | undefined {
  const explicit = env.CHROMIUM_PATH || env.CHROME_PATH
  if (explicit)
    return exists(explicit) ? explicit : undefined
  return candidates(env, platform).find(p => exists(p))
}

/** Flags for a headless Chromium on a closed network, as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/**
 * Every context of `browser` grants the screen wake lock, as a presenter's desktop Chrome does for a visible
 * page: Slidev asks for it on every window and does not catch a refusal, and an automated Chromium refuses
 * unless told (the headless shell logs that refusal as a page error). Returns the same browser.
 */
export function grantingWakeLock<B extends Browser>(browser: B): B {
  const newContext = browser.newContext.bind(browser)
  browser.newContext = (options: BrowserContextOptions = {}) =>
    newContext({ ...options, permissions: [...new Set([...(options.permissions ?? []), 'screen-wake-lock'])] })
  return browser
}
