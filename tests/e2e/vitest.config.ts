import { defineConfig } from 'vitest/config';

/**
 * Browser tests: the whole local stack in-process plus Debian's Chromium. One file at a time,
 * since each file starts its own stack and browser, and this machine has two cores.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 480_000,
    fileParallelism: false,
  },
});
