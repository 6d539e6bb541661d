import { defineRoutesSetup } from '@slidev/types'

// The handout page (pages/HandoutPage.vue): only where Slidev has its print route, i.e. the export
// build of scripts/export.ts (and `slidev export`), never in the static site or the plain dev server.
export default defineRoutesSetup(routes => __SLIDEV_FEATURE_PRINT__
  ? [{ name: 'handout', path: '/handout', component: () => import('../pages/HandoutPage.vue') }, ...routes]
  : routes)
