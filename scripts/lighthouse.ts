// npm run lighthouse: Lighthouse (pinned 12.2.3) in Debian's Chromium against the built site,
// for the home page, a lesson and both tools. Prints the four category scores and LCP/TBT/CLS.
// Run `npm run build` first. Scores are measurements for notes, never test assertions.
import { readdirSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

// A lesson, not a page of the archive (/lessons/2/ is a directory beside the lessons too).
const lesson = readdirSync('dist/lessons', { withFileTypes: true }).find(
  (entry) => entry.isDirectory() && !/^\d+$/.test(entry.name),
)?.name;
const ROUTES = ['/', `/lessons/${lesson}/`, '/assessment/', '/value-proposition/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const { server, baseUrl } = await serveStatic(`${process.cwd()}/dist`);
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const route of ROUTES) {
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
    rows.push(
      `| ${route} | ${CATEGORIES.map(score).join(' | ')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} |`,
    );
    console.log(rows.at(-1));
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(
  [
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
