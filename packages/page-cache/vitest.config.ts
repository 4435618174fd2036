import { defineConfig } from 'vitest/config';

// Without a config of its own, vitest would pick up the workspace root config
// and run every project from this folder.
export default defineConfig({
  test: {
    name: 'page-cache',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
