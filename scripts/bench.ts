// npm run bench [-- 1000 5000]: builds synthetic archives with the full site and with a bare
// Astro + MDX baseline (bench/bare), and reports time per page, the full/bare ratio, peak
// memory, output and index sizes, and the bytes a first search downloads in Chromium.
// Writes the Markdown table to bench/RESULTS.md. Timings live here, never in tests.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { join, resolve } from 'node:path';
import { dimensionIds } from '../src/data/dimensions.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { launchBrowser } from '../tests/support/chromium.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [1000, 5000];
const ROOT = resolve('.');
const REAL_LESSONS = readdirSync(join(ROOT, 'content', 'lessons')).filter((name) => name.endsWith('.mdx')).length;
const TOPICS = (parseYaml(readFileSync(join(ROOT, 'content', 'topics.yaml'), 'utf8')) as { id: string }[]).map(
  (topic) => topic.id,
);
const WORDS = `customer market listen build relationship value permission category research team product
  pricing conversation feedback interview segment proof benefit promise trust season launch story
  question decision people problem habit budget channel message weekly meeting support sales`.split(/\s+/);

interface Run {
  seconds: number;
  /** User + system CPU seconds of the build and its children: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  peakMb: number | undefined;
  distBytes: number;
  /** Build output, for the phase timings Astro and Pagefind print. */
  log: string;
}

/** Seconds between the first and last share image Astro logs (its timestamps are whole seconds). */
function shareImageSeconds(log: string): number | undefined {
  const stamps = [...log.matchAll(/^(\d\d):(\d\d):(\d\d)\s+[├└]─ \/og\//gm)].map(
    ([, h, m, s]) => Number(h) * 3600 + Number(m) * 60 + Number(s),
  );
  if (stamps.length < 2) return undefined;
  const span = stamps.at(-1)! - stamps[0]!;
  return span < 0 ? span + 86_400 : span;
}

/** Pagefind's own indexing time. */
function pagefindSeconds(log: string): number | undefined {
  const match = /Finished in ([\d.]+) seconds/.exec(log);
  return match ? Number(match[1]) : undefined;
}

/** A deterministic pseudo-random sequence so every run builds the same archive. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Sentences of each real lesson (frontmatter lists and body prose), for BENCH_TEXT=real. */
function REAL_SENTENCES(): string[][] {
  const dir = join(ROOT, 'content', 'lessons');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const [, front = '', body = ''] = readFileSync(join(dir, name), 'utf8').split(/^---$/m);
      const lists = [...front.matchAll(/^\s+- "(.+)"$/gm)].map((match) => match[1]!);
      const prose = body
        .replace(/^#+ .*$/gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*_`"<>{}]/g, '');
      return [...lists, ...prose.split(/(?<=[.!?])\s+/)]
        .map((text) => text.replace(/\s+/g, ' ').replace(/"/g, '').trim())
        .filter((text) => text.split(' ').length >= 4);
    });
}

function generateContent(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `market-driven-bench-${count}-`));
  const content = join(dir, 'content');
  // The real content stays (the tools reference real lessons); synthetic episodes join it
  // as their own series.
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(
    join(content, 'series', 'synthetic.yaml'),
    'title: Synthetic Archive\ndescription: Generated lessons that measure how the build scales.\ncadence: weekly\norder: 9\n',
  );
  const next = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const uniformSentence = (length = 12 + Math.floor(next() * 10)) => {
    const words = Array.from({ length }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  // BENCH_TEXT=real: each synthetic lesson is sentences of two real lessons, so a word's spread
  // across lessons and its count within one follow the real archive (the 38-word text puts
  // every word many times in every lesson, which makes every query's index chunk maximal).
  const realSentences = REAL_SENTENCES();
  const realText = process.env['BENCH_TEXT'] === 'real';
  let sources: string[][] = [];
  const realSentence = (length?: number) => {
    const fitting = pick(sources).filter((text) => length === undefined || text.length <= length * 8);
    return fitting.length ? pick(fitting) : 'Listen to the customer first.';
  };
  const sentence = (length?: number) => (realText ? realSentence(length) : uniformSentence(length));
  /** A sentence as a YAML value: real sentences may hold colons, so they are quoted. */
  const field = (length?: number) => (realText ? JSON.stringify(realSentence(length)) : uniformSentence(length));
  const start = Date.UTC(2026, 10, 22);
  for (let i = 1; i <= count; i++) {
    sources = [pick(realSentences), pick(realSentences)];
    const body = Array.from({ length: 4 }, (_, section) => {
      const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 4 }, sentence).join(' '));
      return `## Part ${section + 1}: ${pick(WORDS)} and ${pick(WORDS)}\n\n${paragraphs.join('\n\n')}`;
    }).join('\n\n');
    const date = new Date(start - (count - i) * 7 * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(content, 'lessons', `synthetic-${i}.mdx`),
      `---
title: "Synthetic episode ${i}: ${pick(WORDS)} before ${pick(WORDS)}"
episode: ${i}
series: synthetic
publishDate: ${date}
summary: ${field(10)}
bossBrief: ${realText ? JSON.stringify(`${realSentence(12)} ${realSentence(12)}`) : `${sentence(12)} ${sentence(12)}`}
takeaways:
  - ${field()}
  - ${field()}
  - ${field()}
discussion:
  - ${field()}
  - ${field()}
topics: [${pick(TOPICS)}, ${pick(TOPICS)}]
dimensions: [${pick(dimensionIds)}]
related: [${i > 1 ? `synthetic-${1 + Math.floor(next() * (i - 1))}` : ''}]
example:
  kind: illustrative
sources:
  - title: ${pick(WORDS)} handbook
    author: Bench Author
---

${body}
`,
    );
  }
  return content;
}

function timed(command: string, args: string[], env: Record<string, string>, cwd = ROOT): Run & { outDir: string } {
  const useTime = existsSync('/usr/bin/time');
  const started = process.hrtime.bigint();
  const result = spawnSync(
    useTime ? '/usr/bin/time' : command,
    useTime ? ['-f', 'PEAK_KB=%M CPU_S=%U+%S', command, ...args] : args,
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-3000), result.stderr.slice(-3000));
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  const outDir = env['MARKET_DRIVEN_OUT_DIR'] ?? env['BENCH_OUT_DIR'] ?? '';
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    peakMb: peak ? Math.round(Number(peak) / 1024) : undefined,
    distBytes: folderBytes(outDir),
    log: result.stdout,
    outDir,
  };
}

function gzipBytes(file: string): number {
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/** What a first search downloads, by kind of Pagefind file (bytes as the browser receives them). */
interface SearchDownload {
  total: number;
  byKind: Record<string, number>;
}

/** The kind of a Pagefind file, for the breakdown of a search's download. */
function pagefindKind(url: string): string {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.endsWith('.pf_meta')) return 'metadata';
  if (name.endsWith('.pagefind')) return 'wasm';
  if (name.endsWith('.js')) return 'script';
  return 'other';
}

async function firstSearch(dist: string): Promise<SearchDownload> {
  const { server, baseUrl } = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const download: SearchDownload = { total: 0, byKind: {} };
    // Pagefind fetches from its Web Worker too; the context sees both.
    page.context().on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
      const kind = pagefindKind(response.url());
      download.total += bytes;
      download.byKind[kind] = (download.byKind[kind] ?? 0) + bytes;
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search lessons and tools' }).fill('customer relationship');
    await page.locator('.hits .hit').first().waitFor();
    // Network idle means no request for 500 ms: the worker's index and fragment fetches are done.
    await page.waitForLoadState('networkidle');
    return download;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Gzipped JavaScript a page runs on load: inline scripts, script files and their static imports. */
function pageJsOnLoad(dist: string, htmlFile: string): number {
  const html = readFileSync(htmlFile, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .join('');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) {
      visit(join(file, '..', match[1]!));
    }
  };
  for (const match of html.matchAll(/<script[^>]+src="(\/[^"]+\.js)"/g)) visit(join(dist, match[1]!));
  return gzipSync(inline).length + [...seen].reduce((sum, file) => sum + gzipBytes(file), 0);
}

/** The largest gzipped listing page: every page of the archive and of each series. */
function largestListingPage(dist: string): { path: string; bytes: number } {
  const pages: string[] = [];
  const collect = (dir: string, numbered: boolean) => {
    if (!existsSync(dir)) return;
    if (existsSync(join(dir, 'index.html'))) pages.push(join(dir, 'index.html'));
    if (!numbered) return;
    for (const name of readdirSync(dir)) if (/^\d+$/.test(name)) pages.push(join(dir, name, 'index.html'));
  };
  collect(join(dist, 'lessons'), true);
  for (const id of existsSync(join(dist, 'series')) ? readdirSync(join(dist, 'series')) : []) {
    collect(join(dist, 'series', id), true);
  }
  return pages
    .map((page) => ({ path: page.slice(dist.length).replace(/index\.html$/, ''), bytes: gzipBytes(page) }))
    .reduce((largest, page) => (page.bytes > largest.bytes ? page : largest), { path: '?', bytes: 0 });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** One target of issue 17, checked against the same run. */
interface Target {
  name: string;
  measured: string;
  limit: string;
  met: boolean;
}

/** The machine's 1-minute load average, rounded: a busy machine inflates wall times, not CPU times. */
const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();
const rows: string[] = [];
const targets: { count: number; list: Target[] }[] = [];
for (const count of sizes) {
  console.log(`\n# ${count} lessons: generating content`);
  const content = generateContent(count);
  const work = join(content, '..');
  console.log('  full build…');
  const full = timed(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    MARKET_DRIVEN_CONTENT: content,
    MARKET_DRIVEN_OUT_DIR: join(work, 'full'),
    MARKET_DRIVEN_CACHE_DIR: join(work, 'full-cache'),
  });
  console.log(`  ${full.seconds.toFixed(1)} s; full build again with its cache (a weekly rebuild)…`);
  const warm = timed(process.execPath, [join(ROOT, 'scripts/build.ts')], {
    MARKET_DRIVEN_CONTENT: content,
    MARKET_DRIVEN_OUT_DIR: join(work, 'full'),
    MARKET_DRIVEN_CACHE_DIR: join(work, 'full-cache'),
  });
  console.log(`  ${warm.seconds.toFixed(1)} s; bare Astro build…`);
  const bare = timed(join(ROOT, 'node_modules/.bin/astro'), ['build', '--root', join(ROOT, 'bench/bare')], {
    BENCH_CONTENT: content,
    BENCH_OUT_DIR: join(work, 'bare'),
    BENCH_CACHE_DIR: join(work, 'bare-cache'),
  });
  console.log(`  ${bare.seconds.toFixed(1)} s; first search in Chromium…`);
  const search = await firstSearch(full.outDir);
  const lessonFile = join(full.outDir, 'lessons', `synthetic-${count}`, 'index.html');
  const lessonPage = gzipBytes(lessonFile);
  const archivePage = gzipBytes(join(full.outDir, 'lessons', 'index.html'));
  const listing = largestListingPage(full.outDir);
  const lessonJs = pageJsOnLoad(full.outDir, lessonFile);
  const lessons = count + REAL_LESSONS;
  const fullPerPage = (full.seconds * 1000) / lessons;
  const warmPerPage = (warm.seconds * 1000) / lessons;
  const barePerPage = (bare.seconds * 1000) / lessons;
  const coldRatio = fullPerPage / barePerPage;
  const cachedRatio = warmPerPage / barePerPage;
  const secs = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
  const cpuRatio = (run: Run) =>
    run.cpuSeconds !== undefined && bare.cpuSeconds ? `${(run.cpuSeconds / bare.cpuSeconds).toFixed(2)}x` : '?';
  const breakdown = Object.entries(search.byKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');
  rows.push(
    [
      `${count} + ${REAL_LESSONS}`,
      `${bare.seconds.toFixed(1)} s (${barePerPage.toFixed(1)} ms)`,
      `${full.seconds.toFixed(1)} s (${fullPerPage.toFixed(1)} ms)`,
      `${coldRatio.toFixed(2)}x`,
      secs(shareImageSeconds(full.log)),
      `${warm.seconds.toFixed(1)} s (${warmPerPage.toFixed(1)} ms)`,
      `**${cachedRatio.toFixed(2)}x**`,
      secs(pagefindSeconds(warm.log)),
      `${full.peakMb ?? '?'} / ${warm.peakMb ?? '?'} / ${bare.peakMb ?? '?'} MB`,
      `${secs(full.cpuSeconds)} / ${secs(warm.cpuSeconds)} / ${secs(bare.cpuSeconds)}`,
      mb(full.distBytes),
      mb(folderBytes(join(full.outDir, 'pagefind'))),
      `${kb(lessonPage)} / ${kb(archivePage)}`,
      `${kb(search.total)} (${breakdown})`,
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .replace(/$/, ' |'),
  );
  const peakLimitMb = count > 5000 ? 2560 : 2048;
  targets.push({
    count,
    list: [
      {
        name: 'cold full build ÷ bare',
        measured: `${coldRatio.toFixed(2)}x (CPU time ${cpuRatio(full)})`,
        limit: '≤ 1.5x',
        met: coldRatio <= 1.5,
      },
      {
        name: 'cached rebuild ÷ bare',
        measured: `${cachedRatio.toFixed(2)}x (CPU time ${cpuRatio(warm)})`,
        limit: '≤ 1.0x',
        met: cachedRatio <= 1.0,
      },
      {
        name: `largest listing page, gzip (${listing.path})`,
        measured: kb(listing.bytes),
        limit: '≤ 30 KB',
        met: listing.bytes <= 30 * 1024,
      },
      {
        name: 'first search download (Chromium)',
        measured: kb(search.total),
        limit: '≤ 150 KB',
        met: search.total <= 150 * 1024,
      },
      {
        name: 'peak RSS, cold build',
        measured: `${full.peakMb ?? '?'} MB`,
        limit: `≤ ${peakLimitMb} MB`,
        met: (full.peakMb ?? Infinity) <= peakLimitMb,
      },
      // The build passes no --max-old-space-size: finishing at all means Node's default heap sufficed.
      { name: "builds within Node's default heap", measured: 'yes', limit: 'yes', met: true },
      {
        name: 'lesson page JS on load, gzip',
        measured: `${(lessonJs / 1024).toFixed(1)} KB`,
        limit: '≤ 3 KB',
        met: lessonJs <= 3 * 1024,
      },
    ],
  });
  if (process.env['BENCH_KEEP']) console.log(`  kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const targetRows = targets.flatMap(({ count, list }) =>
  list.map((t) => `| ${count} | ${t.name} | ${t.measured} | ${t.limit} | ${t.met ? 'met' : '**not met**'} |`),
);
const failed = targets.flatMap(({ count, list }) =>
  list.filter((t) => !t.met).map((t) => `${t.name} at ${count} (${t.measured}, target ${t.limit})`),
);
const verdict = failed.length ? `Not met: ${failed.join('; ')}.` : 'Every target measured here is met.';

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}, ${os()}; load average ${loadAtStart} at the start, ${load()} at the end.`,
  '',
  '## Targets (issue 17), each from one run',
  '',
  '| lessons | target | measured | limit | |',
  '| ---: | --- | ---: | ---: | --- |',
  ...targetRows,
  '',
  verdict,
  '',
  '## Measurements',
  '',
  '| lessons (synthetic + real) | bare Astro (per lesson) | full, cold cache (per lesson) | cold/bare | of which share images | full, cached (per lesson) | cached/bare | of which Pagefind | peak RSS: cold / cached / bare | CPU time: cold / cached / bare | full dist/ | Pagefind index | HTML per page, gzip: a lesson / the archive | first search download (by kind) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  'Full build = `node scripts/build.ts` (Astro: every page, share image, feed, calendar and sitemap; then Pagefind). "Cold" starts with no cache: every lesson is rendered and every share image drawn (satori lays out the text, its glyphs are painted from an atlas each glyph is rasterised into once, over a frame drawn once, and sharp encodes; drawn on a worker thread while the HTML pages render), which bare Astro does not do. "Cached" is the same build again with its cache kept, as the deploy workflow runs every week: unchanged lessons and share images are reused. Bare = `bench/bare`, Astro + MDX rendering the same files with a trivial layout. "Of which share images" spans the first to the last image in Astro\'s log (whole seconds; the drawing itself starts earlier, beside the pages). Peak RSS is the largest single process, from `/usr/bin/time`. Search bytes are as the browser receives them from a server without compression (Pagefind\'s index files are compressed already). The machine is shared, so only ratios within one run mean anything.',
].join('\n');
mkdirSync('bench', { recursive: true });
const notesFile = 'bench/NOTES.md';
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
writeFileSync('bench/RESULTS.md', `# Benchmark\n\n${table}\n${notes}`);
console.log(`\n${table}\n\nWritten to bench/RESULTS.md`);
console.log(failed.length ? `\nFAILED TARGETS: ${failed.join('; ')}` : '\nAll targets met.');

function os(): string {
  return `${process.env['BENCH_MACHINE'] ?? `${require_cpus()} cores`}`;
}
function require_cpus(): number {
  return Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim() || 0);
}
