import { defineRoutesSetup } from '@slidev/types'

// The handout page (pages/HandoutPage.vue): only where Slidev has its print route, i.e. the dev
// server and the export build (scripts/export.ts), never in the static site.
export default defineRoutesSetup(routes => __SLIDEV_FEATURE_PRINT__
  ? [{ name: 'handout', path: '/handout', component: () => import('../pages/HandoutPage.vue') }, ...routes]
  : routes)
