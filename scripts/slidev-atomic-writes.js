// Preloaded into every Slidev process this project starts (scripts/slidev.ts, `node --import`): Slidev
// writes each `import.meta.glob` proxy module to node_modules/.slidev/virtual/import-glob.<hash>.ts with a
// plain writeFileSync, which empties the file before it fills it. Two Slidev processes of one checkout (the
// test suite's dev server and its two builds side by side; an export while `npm run dev` runs) write the same
// file at the same time, and a build that reads it in between fails with `"default" is not exported by
// ".../import-glob.<hash>.ts"`. Here those writes go to a file of their own and are renamed into place, so a
// reader sees the whole file or none: the content is named by its hash, so whichever write lands last is the same.
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import process from 'node:process'

const VIRTUAL = /[/\\]node_modules[/\\]\.slidev[/\\]virtual[/\\]/
const write = fs.writeFileSync

fs.writeFileSync = function writeFileSync(file, data, options) {
  if (typeof file !== 'string' || !VIRTUAL.test(file))
    return write(file, data, options)
  const temporary = `${file}.${process.pid}.tmp`
  write(temporary, data, options)
  fs.renameSync(temporary, file)
}
// `import { writeFileSync } from 'node:fs'` (as Slidev imports it) sees the function above from now on
syncBuiltinESMExports()
