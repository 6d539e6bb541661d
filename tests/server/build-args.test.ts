// `npm run build` arguments: ours are taken out, the rest reach `slidev build` exactly as given.
import { describe, expect, it } from 'vitest'
import { parseBuildArgs } from '../../scripts/build-args'

describe('npm run build -- …', () => {
  it('takes --pdfs out, in either form, and passes the rest on untouched', () => {
    expect(parseBuildArgs(['--pdfs', 'x', '--base', '/talk/'])).toEqual({ pdfs: 'x', out: undefined, slidev: ['--base', '/talk/'] })
    expect(parseBuildArgs(['--pdfs=x', '--out', 'site'])).toEqual({ pdfs: 'x', out: 'site', slidev: ['--out', 'site'] })
    expect(parseBuildArgs(['-o', 'site']).out).toBe('site')
  })
  it('keeps a value that holds "="', () => {
    expect(parseBuildArgs(['--base=/a=b/', '--pdfs=/tmp/p=q']).slidev).toEqual(['--base=/a=b/'])
    expect(parseBuildArgs(['--pdfs=/tmp/p=q']).pdfs).toBe('/tmp/p=q')
    expect(parseBuildArgs(['--out=/tmp/s=1']).out).toBe('/tmp/s=1')
  })
})
