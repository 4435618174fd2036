import { defineConfig } from 'vitest/config';

// Unit tests of every workspace package. Integration (real Strapi) and end-to-end (real
// Chromium) suites have their own configs, run by `npm test` after the build.
export default defineConfig({
  test: {
    projects: ['packages/*', 'cms/vitest.config.ts', 'web/vite.config.ts'],
  },
});
