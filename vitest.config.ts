import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Two projects: `unit` (model, locales, formatting, components; no browser) and `browser`
// (Playwright driving a system Chromium against a real Slidev server). `npm test` runs both.
export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{model,locales,i18n,components,server,state,styles}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/{e2e,export}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
