import { defineConfig } from 'vitest/config';

// Browser tests drive the system Chromium with the built extension through playwright-core; they
// share one browser per file and run files one at a time (two cores, and one Chromium is heavy).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
