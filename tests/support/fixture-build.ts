// Builds the site from a copy of the fixture content, optionally broken on purpose,
// into a temporary folder, so tests can check what the build does with bad input.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE_CONTENT = resolve('tests/fixtures/content');

/**
 * The "now" fixture builds publish against unless a test pins another: after the fixture's
 * published lessons, long before its scheduled one (2099), so no result depends on the calendar.
 */
export const FIXTURE_NOW = '2024-06-01T12:00:00Z';

export interface FixtureBuild {
  /** Exit status of `astro build`. */
  status: number | null;
  /** Everything the build printed. */
  output: string;
  /** The build's output folder. */
  outDir: string;
  /** The content folder it built from. */
  contentDir: string;
}

/** Copies the fixture content to a temporary folder and lets `edit` break it. */
export function prepareFixture(edit: (contentDir: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'market-driven-fixture-'));
  const contentDir = join(root, 'content');
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  edit(contentDir);
  return contentDir;
}

/**
 * Builds a content folder into `<its parent>/dist`: with `astro build` alone (fast), or with the
 * production build script (Astro, Pagefind, and the swap that keeps a failed build out).
 */
export function buildSite(
  contentDir: string,
  { productionScript = false, env = {} }: { productionScript?: boolean; env?: Record<string, string> } = {},
): FixtureBuild {
  const outDir = join(contentDir, '..', 'dist');
  const [command, args] = productionScript
    ? [resolve('node_modules/.bin/node'), [resolve('scripts/build.ts')]]
    : [resolve('node_modules/.bin/astro'), ['build']];
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    // A clean environment: Vitest's own variables (NODE_ENV=test, VITEST, ...) would turn the
    // child into a dev-mode build that shows drafts.
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      NODE_ENV: 'production',
      MARKET_DRIVEN_CONTENT: contentDir,
      MARKET_DRIVEN_OUT_DIR: outDir,
      MARKET_DRIVEN_CACHE_DIR: join(contentDir, '..', 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      MARKET_DRIVEN_NOW: FIXTURE_NOW,
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir, contentDir };
}

/** Rewrites one file of a prepared fixture with a replace function. */
export function rewrite(contentDir: string, file: string, change: (text: string) => string): void {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}
