// Following and sharing with awkward content: a fixture build whose episode title has quotes,
// an ampersand, markup and emoji, whose lesson has a video file, and whose site has an e-mail
// provider configured. Every output a reader or an app sees must carry the text exactly.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, launchBrowser, newContext } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';
import { buildSite, prepareFixture, rewrite, type FixtureBuild } from '../support/fixture-build';

const TITLE = `Don't "sell" <b>first</b> & listen; then, build 🚀👩🏽‍💻 for customers who buy, again & again`;
const BRIEF = 'Talk to 5 customers <before> we build & "test" the message; it costs a week, not a quarter.';
const LONG = 'Listen to the people you want to serve before you decide what to build, and keep listening after. '.repeat(5);
/** Five list items of 180 characters each, as YAML. */
const lines = (count: number) => Array.from({ length: count }, (_, i) => `  - ${JSON.stringify(`${i + 1}. ${LONG.slice(0, 177)}`)}\n`).join('');
const ENDPOINT = 'https://lists.example.com/subscribe/market-driven';

let build: FixtureBuild;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  const contentDir = prepareFixture((dir) => {
    rewrite(dir, 'lessons/second-weekly.mdx', (text) =>
      text
        .replace(/^title: .*$/m, `title: ${JSON.stringify(TITLE)}`)
        .replace(/^bossBrief: .*$/m, `bossBrief: ${JSON.stringify(BRIEF)}`)
        .replace(/^related: \[\]$/m, 'related: []\nvideo:\n  provider: file\n  src: /video/two.mp4\n  captionsUrl: /video/two.vtt'),
    );
    // The longest handout the schema allows in practice: every list full, every line long.
    rewrite(dir, 'lessons/first-weekly.mdx', (text) =>
      text
        .replace(/^title: .*$/m, `title: ${JSON.stringify(LONG.slice(0, 120))}`)
        .replace(/^summary: .*$/m, `summary: ${JSON.stringify(LONG.slice(0, 160))}`)
        .replace(/^bossBrief: .*$/m, `bossBrief: ${JSON.stringify(LONG.slice(0, 320))}`)
        .replace(/takeaways:\n(  - .*\n)+/, `takeaways:\n${lines(5)}`)
        .replace(/discussion:\n(  - .*\n)+/, `discussion:\n${lines(5)}`),
    );
  });
  // "Now" is pinned half a year after the fixture's episodes, inside the calendar's reach.
  build = buildSite(contentDir, {
    env: { MARKET_DRIVEN_NEWSLETTER_ENDPOINT: ENDPOINT, MARKET_DRIVEN_NOW: '2024-06-01T12:00:00Z' },
  });
  if (build.status !== 0) return;
  ({ server, baseUrl: base } = await serveStatic(build.outDir));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

describe('a fixture build with an awkward title, a video file and an e-mail provider', () => {
  test('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('the lesson page shows the title as text, in the heading, the meta tags and the JSON-LD', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/lessons/second-weekly/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(TITLE);
    await expect(page.locator('meta[property="og:title"]').getAttribute('content')).resolves.toBe(TITLE);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.name).toBe(TITLE);
    expect(await page.locator('b').count()).toBe(0);
    await context.close();
  });

  test('the boss e-mail carries the title, the brief and the canonical link exactly', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/lessons/second-weekly/`);
    const href = (await page.getByRole('link', { name: 'Email this to my boss' }).getAttribute('href'))!;
    const params = new URLSearchParams(href.replace(/^mailto:\?/, ''));
    expect(params.get('subject')).toBe(TITLE);
    expect(params.get('body')).toContain(BRIEF);
    expect(params.get('body')).toContain('/lessons/second-weekly/');
    await context.close();
  });

  test('the feed carries the title exactly and encloses the video file', async () => {
    const feed = await new Parser().parseString(read('rss.xml'));
    const item = feed.items.find((entry) => entry.link?.endsWith('/lessons/second-weekly/'))!;
    expect(item.title).toBe(TITLE);
    expect(item.enclosure).toMatchObject({ type: 'video/mp4' });
    expect(item.enclosure!.url).toMatch(/^https?:\/\/[^/]+\/video\/two\.mp4$/);
    expect(item['content:encoded']).toContain('Talk to 5 customers &lt;before&gt; we build');
  });

  test('the calendar has the awkward title exactly and the scheduled episode by title only', () => {
    const events = new ICAL.Component(ICAL.parse(read('episodes.ics')))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid.split('@')[0])).toEqual(['first-weekly', 'second-weekly', 'far-future-weekly']);
    expect(events[1]!.summary).toBe(`Fixture Weekly 2: ${TITLE}`);
    expect(events[2]!.summary).toBe('Fixture Weekly 3: Zanzibar scheduled fixture');
    expect(events[2]!.description).not.toContain('Summary of Zanzibar');
    expect(read('episodes.ics')).not.toContain('Quokka');
  });

  test('the share image is drawn at 1200x630 despite the emoji', () => {
    const png = readFileSync(join(build.outDir, 'og/lessons/second-weekly.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(existsSync(join(build.outDir, 'og/lessons/far-future-weekly.png'))).toBe(false);
    expect(existsSync(join(build.outDir, 'og/lessons/draft-weekly.png'))).toBe(false);
  });

  test('the longest handout still prints on one A4 and one Letter page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/lessons/first-weekly/`);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
    }
    await context.close();
  });

  test('short links exist for published weekly episodes only', () => {
    expect(read('2/index.html')).toContain('url=/lessons/second-weekly/');
    expect(existsSync(join(build.outDir, '3'))).toBe(false);
    expect(existsSync(join(build.outDir, '4'))).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/subscribe/ shows a form posting to the provider, with no axe violations in ${colorScheme}`, async () => {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(`${base}/subscribe/`);
      const email = page.getByRole('textbox', { name: 'Your e-mail address' });
      await expect(email.getAttribute('name')).resolves.toBe('email');
      await expect(email.getAttribute('type')).resolves.toBe('email');
      await expect(page.locator('form.signup').getAttribute('action')).resolves.toBe(ENDPOINT);
      await expect(page.locator('form.signup').getAttribute('method')).resolves.toBe('post');
      expect(await page.getByText('lists.example.com will ask you to confirm').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
