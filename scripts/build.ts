// The production build: Astro, then the Pagefind index, into a staging folder that replaces
// the output folder only when every step succeeded. A failed build leaves the previous
// complete site in place, so nothing half-built is ever served or deployed.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const outDir = resolve(process.env.MARKET_DRIVEN_OUT_DIR ?? 'dist');
const staging = `${outDir}.building`;
const previous = `${outDir}.previous`;

rmSync(staging, { recursive: true, force: true });
run('astro', ['build'], { MARKET_DRIVEN_OUT_DIR: staging });
run('pagefind', ['--site', staging]);

// Swap in the finished site.
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`Built ${outDir}`);

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
