// npm run lighthouse: Lighthouse (pinned 12.2.3, mobile defaults) in Debian's Chromium against the
// built site, for the home page, a lesson and both tools, three runs each because TBT varies with
// load. Prints each run's four category scores, LCP, TBT and CLS, and the page's JS (what it
// fetched, gzipped as a host would serve it). Run `npm run build` first. Scores are measurements
// for notes, never test assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const DIST = `${process.cwd()}/dist`;
const RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
// A lesson, not a page of the archive (/lessons/2/ is a directory beside the lessons too).
const lesson = readdirSync(`${DIST}/lessons`, { withFileTypes: true }).find(
  (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
)?.name;
const ROUTES = ['/', `/lessons/${lesson}/`, '/assessment/', '/value-proposition/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type NetworkRequest = { url: string; resourceType?: string };

/** The gzipped size of the site's own scripts a run fetched (the test server sends them uncompressed). */
function scriptGzipBytes(requests: NetworkRequest[], baseUrl: string): number {
  return requests
    .filter((request) => request.resourceType === 'Script' && request.url.startsWith(baseUrl))
    .reduce((sum, request) => sum + gzipSync(readFileSync(join(DIST, new URL(request.url).pathname))).length, 0);
}

const { server, baseUrl } = await serveStatic(DIST);
const chrome = await launch({
  chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const route of ROUTES) {
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(`${baseUrl}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${route}`);
      const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id: string) => lhr.audits[id]?.displayValue ?? '?';
      const requests = (lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items;
      const jsKb = (scriptGzipBytes(requests ?? [], baseUrl) / 1024).toFixed(1);
      rows.push(
        `| ${route} | ${run} | ${CATEGORIES.map(score).join(' | ')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} | ${jsKb} KB |`,
      );
      console.log(rows.at(-1));
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(
  [
    '',
    '| page | run | performance | accessibility | best practices | SEO | LCP | TBT | CLS | JS gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
