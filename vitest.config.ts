import { defineConfig } from 'vitest/config';

// Three projects so `npm test` can run the fast ones before the build and the browser ones after it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium at a time is what a 2-core machine can afford.
          fileParallelism: false,
        },
      },
    ],
  },
});
