// The system's fonts narrowed for an export: a fontconfig file of our own (FONTCONFIG_FILE, which
// scripts/export.ts passes on to Slidev's exporter and so to Chromium) whose only font directories are
// the ones given. Chromium needs some font to start, so the narrowest is one Latin directory.
// DECK_FONTS_BASE_DIR / DECK_FONTS_EXTRA_DIR choose other directories than the ones found below.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'

const FONTS = '/usr/share/fonts'
export const DEJAVU = `${FONTS}/truetype/dejavu`
/** The one Latin font directory: Liberation (Debian's fonts-liberation), else DejaVu (fontconfig's own). */
export const BASE_FONTS: string | undefined = process.env.DECK_FONTS_BASE_DIR
  || [`${FONTS}/truetype/liberation`, `${FONTS}/truetype/liberation2`, DEJAVU].find(d => existsSync(d))
/** A second directory: a Chinese font (WenQuanYi, Noto CJK, AR PL…), else DejaVu, else every system font. */
export const EXTRA_FONTS: string = process.env.DECK_FONTS_EXTRA_DIR
  || [`${FONTS}/truetype/wqy`, `${FONTS}/opentype/noto`, `${FONTS}/truetype/noto`, `${FONTS}/truetype/arphic`, `${FONTS}/truetype/droid`].find(d => existsSync(d))
  || (BASE_FONTS !== DEJAVU && existsSync(DEJAVU) ? DEJAVU : FONTS)

export const NO_BASE_FONTS = `no font directory to narrow the system's fonts to (install fonts-liberation or fonts-dejavu-core)`

/** A fontconfig file in `dir` whose only fonts are those of `dirs`, its cache in a folder of its own. */
export function fontconfig(dir: string, dirs: readonly string[]): { file: string, cache: string } {
  mkdirSync(dir, { recursive: true })
  const cache = join(dir, 'cache')
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
${dirs.map(d => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${cache}</cachedir>
</fontconfig>
`)
  return { file, cache }
}
