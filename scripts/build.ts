// The production build: Astro, then the Pagefind index, into a staging folder that replaces
// the output folder only when every step succeeded. A failed build leaves the previous
// complete site in place, so nothing half-built is ever served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEnv } from '../src/lib/env.ts';
import { IN_USE_FILE, shareImageCacheDir, unusedImages } from '../src/lib/og-cache.ts';
import { resolveNow } from '../src/lib/publishing.ts';
import { BUILD_INFO_PATH } from '../src/lib/routes.ts';
import { describeRunway, RUNWAY_WARNING_DAYS } from '../src/lib/runway.ts';
import { buildInfoSchema } from '../src/schemas/build-info.ts';

const outDir = resolve(buildEnv.outDir);
const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

const shareImageCache = shareImageCacheDir(buildEnv.cacheDir);
// One "now" for the whole build, passed down so every page agrees and recorded in /build.json.
const now = resolveNow(buildEnv.now);
rmSync(staging, { recursive: true, force: true });
rmSync(join(shareImageCache, IN_USE_FILE), { force: true });
run('astro', ['build'], { MARKET_DRIVEN_OUT_DIR: staging, MARKET_DRIVEN_NOW: now.toISOString() });
// Pagefind's defaults: it has no option for smaller chunks or dropping word positions, and
// --max-fragments (1.6) made a first search larger: bundled fragments load ten pages at once.
run('pagefind', ['--site', staging]);
reportRunway(join(staging, BUILD_INFO_PATH));

// Swap in the finished site.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
pruneShareImageCache(shareImageCache);
console.log(`Built ${outDir}`);

/**
 * The share-image cache keeps one PNG per drawing; a changed title or design leaves the old one
 * behind. After a complete build, drop every image this build did not draw or reuse (it lists
 * each one in IN_USE_FILE), so a long-lived deploy cache holds only the current archive.
 */
function pruneShareImageCache(dir: string): void {
  const inUse = join(dir, IN_USE_FILE);
  // No list means no image was drawn or the cache is not writable: nothing to judge by.
  if (!existsSync(inUse)) return;
  const stale = unusedImages(readdirSync(dir), readFileSync(inUse, 'utf8'));
  for (const name of stale) rmSync(join(dir, name), { force: true });
  if (stale.length) console.log(`Pruned ${stale.length} unused share image(s) from the cache`);
}

/** Prints what is scheduled and until when; on GitHub Actions a short runway is an annotation. */
function reportRunway(buildInfoFile: string): void {
  const info = buildInfoSchema.parse(JSON.parse(readFileSync(buildInfoFile, 'utf8')));
  const runway = describeRunway(info.scheduled, new Date(info.now));
  const warning = `less than ${RUNWAY_WARNING_DAYS} days of episodes scheduled`;
  console.log(`Editorial runway: ${runway.message}${runway.short ? ` (${warning})` : ''}`);
  if (runway.short && process.env['GITHUB_ACTIONS'] === 'true') {
    console.log(`::warning title=Editorial runway::${runway.message}: ${warning}.`);
  }
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(resolve('node_modules/.bin', command), args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n${command} failed: the previous site in ${outDir} was left untouched.`);
    process.exit(result.status ?? 1);
  }
}
