import { defineConfig } from 'vitest/config';

// Each file boots a CMS and the built site; on two cores they run one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
