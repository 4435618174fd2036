import { defineConfig } from 'vitest/config';

// Each file boots real Strapi processes; on two cores they run one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.integration.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    globalSetup: ['./test/global-setup.ts'],
  },
});
