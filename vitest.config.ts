import yaml from '@rollup/plugin-yaml';
import { defineConfig } from 'vitest/config';

/**
 * How long a browser test waits for a condition that depends on network, WebAssembly (Pagefind)
 * or hydration. Generous because a loaded 2-core machine is slow; a condition that holds returns
 * at once, so this costs nothing when the product is fast.
 */
const BROWSER_WAIT_MS = 10_000;

// Three projects so `npm test` can run the fast ones before the build and the browser ones after it.
export default defineConfig({
  // The same YAML imports as the site's build (astro.config.mjs).
  plugins: [yaml()],
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
          expect: { poll: { timeout: BROWSER_WAIT_MS } },
          hookTimeout: 300_000,
          // One Chromium at a time is what a 2-core machine can afford.
          fileParallelism: false,
        },
      },
    ],
  },
});
