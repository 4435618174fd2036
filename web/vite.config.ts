import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  ssr: {
    // Vite bundles linked workspace packages; the calendar's time-zone data is read from files
    // next to its module (`__dirname`), so it must load from node_modules at run time.
    external: ['@assc/calendar', '@assc/page-cache'],
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
