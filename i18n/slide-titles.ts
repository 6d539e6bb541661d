// Slidev keeps each slide's title (from the markdown, at parse time) in its route meta, where the
// overview page, the goto search and the table of contents read it: give them the current language.
import type { i18n as I18n } from 'i18next'
import { slides } from '#slidev/slides'
import { dynamicT } from './dynamic-key'

/** Rewrites every slide's title (frontmatter `key: <name>` → `slides.<name>.title`) in the instance's language. */
export function translateSlideTitles(i18n: I18n): void {
  const t = dynamicT(i18n.t)
  for (const route of slides.value) {
    const key = route.meta.slide.frontmatter?.key
    // In place, without reactivity: the pages that list titles read them when they open, and a
    // reactive replacement would re-render every mounted slide on each switch (measured: bench/).
    if (typeof key === 'string')
      route.meta.slide.title = t(`slides.${key}.title`)
  }
}
