// Lint: Anthony Fu's config, the convention of Slidev and its community (TypeScript, Vue, JSON, Markdown).
// v8 is the last line whose plugins run on Node 20 (unicorn 65+ needs Node 22).
import antfu from '@antfu/eslint-config'

// Node 20 has no Object.groupBy (Node 21+), which the config composer calls; remove when Node moves to 22.
if (!Object.groupBy) {
  Object.groupBy = (items, key) => {
    const out = Object.create(null)
    let i = 0
    for (const item of items)
      (out[key(item, i++)] ??= []).push(item)
    return out
  }
}

export default antfu({
  vue: true,
  typescript: true,
  // Build output, exported PDFs and benchmark results are generated, not written.
  ignores: ['dist/**', 'exports/**', 'bench/results/**', '.slidev/**', 'components.d.ts'],
}, {
  // Command-line programs (export, build, benchmarks) report to the terminal: printing is their output.
  files: ['scripts/**/*.ts', 'bench/**/*.ts'],
  rules: { 'no-console': 'off' },
}, {
  // Browser tests and benchmarks read what a person sees: `innerText` (rendered, visible text), not `textContent`
  // (which includes hidden copies of slides and style text). Playwright's `locator.innerText()` is not the DOM property.
  files: ['tests/e2e/**/*.ts', 'tests/site/**/*.ts', 'bench/**/*.ts', 'scripts/harness.ts'],
  rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
}, {
  // A Slidev deck is many slides in one file, each with its own H1 title.
  files: ['slides.md', 'slides/**/*.md'],
  rules: { 'markdown/no-multiple-h1': 'off' },
})
