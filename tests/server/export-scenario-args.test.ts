// `npm run export -- --scenario "<address query>"`: the argument is read with the
// calculators' own rules; a bad one stops the export before anything is built.
import { describe, expect, it } from 'vitest'
import { parseArgs, parseScenarioArg } from '../../scripts/export/cli'

describe('export --scenario', () => {
  it('without --scenario the export prints the article\'s values (no parameter)', () => {
    const args = parseArgs(['--lang', 'en'])
    expect(typeof args).toBe('object')
    expect((args as { scenario: unknown }).scenario).toEqual([])
  })

  it('takes a query, inline or as the next argument, and normalizes it', () => {
    expect(parseArgs(['--scenario', 'train.gpus=50000&train.pue=1.20&lang=zh'])).toMatchObject({ scenario: [['train.gpus', '50000'], ['train.pue', '1.2']] })
    // the first '=' splits the flag; the query's own '=' stay
    expect(parseArgs(['--scenario=fleet.share=0.5'])).toMatchObject({ scenario: [['fleet.share', '0.5']] })
    // a whole copied address works too
    expect(parseScenarioArg('http://localhost:3030/12?lang=en&req.requestsPerDay=2000000000#x')).toEqual([['req.requestsPerDay', '2000000000']])
    // other flags with '=' still work
    expect(parseArgs(['--lang=zh', '--only=slides'])).toMatchObject({ langs: ['zh'], kinds: ['slides'] })
  })

  it('refuses a value a calculator would refuse, naming the field and the reason', () => {
    expect(parseArgs(['--scenario', 'train.gpus=-5'])).toBe('--scenario: training.gpus: negative')
    expect(parseArgs(['--scenario', 'train.pue=<script>'])).toBe('--scenario: training.pue: notANumber')
    expect(parseArgs(['--scenario', 'train.preset=nope'])).toBe('--scenario: training.preset: unknown')
  })

  it('refuses a query with no calculator parameter, and a missing value', () => {
    expect(parseArgs(['--scenario', 'lang=zh&gpus=5'])).toMatch(/no calculator parameter/)
    expect(parseArgs(['--scenario'])).toMatch(/needs an address query/)
  })
})

describe('export arguments (util.parseArgs)', () => {
  it('reads every flag, inline or as the next argument; a later flag wins', () => {
    expect(parseArgs(['--lang', 'zh', '--only=handout,slides', '--out', 'x', '--lang=en'])).toMatchObject({ langs: ['en'], kinds: ['slides', 'handout'] })
    expect(parseArgs(['--build-only', 'somewhere'])).toMatchObject({ buildOnly: expect.stringMatching(/somewhere$/) })
  })

  it('asks for usage with --help or -h', () => {
    expect(parseArgs(['--help'])).toBe('')
    expect(parseArgs(['-h'])).toBe('')
  })

  it('names what it does not know: a flag, a stray word, a missing value', () => {
    expect(parseArgs(['--colour=red'])).toBe('unknown argument --colour=red')
    expect(parseArgs(['slides'])).toBe('unknown argument slides')
    expect(parseArgs(['--lang'])).toMatch(/^unknown language; use one of en, zh/)
    expect(parseArgs(['--out'])).toBe('--out needs a folder')
    expect(parseArgs(['--only', 'slides,posters'])).toBe('--only takes slides or handout or bilingual or bilingual-handout, or a comma list of them')
  })
})
