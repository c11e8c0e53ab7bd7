import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, baseUrl, collectErrors, launchBrowser, newContext } from './support/browser';
import { builtLessons } from './support/site-under-test';
import { LISTING_PAGE_SIZE } from '../../src/lib/pagination';

const { published } = builtLessons();
const aLesson = published.find((lesson) => lesson.data.series === 'weekly')!;
const aTopic = aLesson.data.topics[0]!;
/** The archive's last page (the first, while the archive fits on one). */
const archivePages = Math.max(1, Math.ceil(published.length / LISTING_PAGE_SIZE));
const lastArchivePage = archivePages > 1 ? `/lessons/${archivePages}/` : '/lessons/';
const weeklyPages = Math.ceil(published.filter((lesson) => lesson.data.series === 'weekly').length / LISTING_PAGE_SIZE);

/** One page of each static template a reader meets: these ship no framework JavaScript. */
const TEMPLATES = [
  { name: 'home', path: '/' },
  { name: 'lessons', path: '/lessons/' },
  { name: 'lessons, last page', path: lastArchivePage },
  { name: 'lesson', path: `/lessons/${aLesson.id}/` },
  { name: 'series', path: '/series/weekly/' },
  { name: 'series, last page', path: weeklyPages > 1 ? `/series/weekly/${weeklyPages}/` : '/series/weekly/' },
  { name: 'topic', path: `/topics/${aTopic}/` },
  { name: 'about', path: '/about/' },
  { name: 'not found', path: '/lessons/no-such-episode/' },
  { name: 'search', path: '/search/?q=customers' },
  { name: 'subscribe', path: '/subscribe/' },
];
/** Every template, the two tools included: none may log an error or break the CSP. */
const ALL_TEMPLATES = [
  ...TEMPLATES,
  { name: 'assessment', path: '/assessment/' },
  { name: 'assessment compare', path: '/assessment/compare/' },
  { name: 'assessment workshop', path: '/assessment/workshop/' },
  { name: 'value proposition', path: '/value-proposition/' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('every page template', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(ALL_TEMPLATES)(`$name has no axe violations and no errors in ${colorScheme}`, async ({ path }) => {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      const errors = collectErrors(page);
      // Wait for the network to settle so islands have hydrated and every script has run.
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      // The 404 page logs the 404 response itself; anything else is a real error.
      expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
      await context.close();
    });
  }
});

describe('the paginated archive', () => {
  test('every lesson is on exactly one page and the pages link to each other', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen: string[] = [];
    for (let number = 1; number <= archivePages; number++) {
      await page.goto(`${baseUrl()}/lessons/${number === 1 ? '' : `${number}/`}`);
      const title = await page.title();
      if (number > 1) expect(title).toContain(`page ${number} of ${archivePages}`);
      const links = page.getByRole('list', { name: 'Lessons' }).getByRole('heading').getByRole('link');
      seen.push(...(await links.allTextContents()).map((text) => text.trim()));
      const rel = (name: string) => page.locator(`link[rel="${name}"]`).count();
      expect(await rel('prev')).toBe(number > 1 ? 1 : 0);
      expect(await rel('next')).toBe(number < archivePages ? 1 : 0);
    }
    expect(seen.length).toBe(published.length);
    expect([...seen].sort()).toEqual(published.map((lesson) => lesson.data.title).sort());
    await context.close();
  });

  test('a series filter on a later page lists every episode of the series', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${lastArchivePage}?series=golden-rules`);
    const expected = published.filter((lesson) => lesson.data.series === 'golden-rules').map((l) => l.data.title);
    const titles = page.getByRole('list', { name: 'Lessons' }).getByRole('heading').getByRole('link');
    await expect
      .poll(async () => (await titles.allTextContents()).map((text) => text.trim()).sort())
      .toEqual(expected.sort());
    expect(await page.getByRole('navigation', { name: /^Pages of/ }).isVisible()).toBe(false);
    await context.close();
  });
});

describe('lesson and listing pages', () => {
  test.each(TEMPLATES)('$name ships no framework JavaScript', async ({ path }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(await page.locator('astro-island').count()).toBe(0);
    // React (react-dom) or Preact (its vnodes' `__k` children field).
    for (const source of scripts) expect(source).not.toMatch(/react-dom|__reactFiber|createRoot|__k:null/);
    await context.close();
  });

  test('a lesson page shows the boss brief, takeaways, discussion and sources', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/lessons/${aLesson.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(aLesson.data.title);
    await expect(page.getByRole('complementary', { name: 'The boss brief' }).textContent()).resolves.toContain(
      aLesson.data.bossBrief,
    );
    const takeaways = page.getByRole('region', { name: 'Takeaways' }).getByRole('listitem');
    expect(await takeaways.count()).toBe(aLesson.data.takeaways.length);
    expect(
      await page
        .getByRole('region', { name: /team meeting/ })
        .getByRole('listitem')
        .count(),
    ).toBe(aLesson.data.discussion.length);
    expect(await page.getByRole('region', { name: 'Sources' }).textContent()).toContain(aLesson.data.sources[0]!.title);
    expect(await page.getByText(/\d+ min read/).count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the lessons list filters by topic and keeps the filter in the address', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/lessons/`);
    const items = page.getByRole('list', { name: 'Lessons' }).getByRole('listitem');
    const all = published.length;
    const firstPage = Math.min(all, LISTING_PAGE_SIZE);
    expect(await items.count()).toBe(firstPage);
    // The filter reaches every lesson, not only this page's, a page of cards at a time.
    const expected = published.filter((lesson) => lesson.data.topics.includes(aTopic)).length;
    const shown = Math.min(expected, LISTING_PAGE_SIZE);
    await page.getByLabel('Topic').selectOption(aTopic);
    await expect.poll(() => items.filter({ visible: true }).count()).toBe(shown);
    expect(page.url()).toContain(`?topic=${aTopic}`);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Showing ${expected} of ${all} lessons`);
    await page.reload();
    await expect.poll(() => items.filter({ visible: true }).count()).toBe(shown);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => items.filter({ visible: true }).count()).toBe(firstPage);
    await context.close();
  });
});

describe('the tools', () => {
  // Hydration must adopt the server's HTML, not garble it: Preact once rendered "1." as "1.."
  // where a number and its full stop were two text nodes that the server had sent as one.
  test.each(ALL_TEMPLATES.filter(({ path }) => path.includes('/assessment/') || path.includes('/value-proposition/')))(
    '$name reads the same before and after its islands hydrate',
    async ({ path }) => {
      const withoutScript = await browser.newContext({ javaScriptEnabled: false });
      const served = await withoutScript.newPage();
      await served.goto(`${baseUrl()}${path}`);
      const serverText = await served.locator('astro-island').allInnerTexts();
      await withoutScript.close();

      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${path}`);
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('astro-island[ssr]').length)).toBe(0);
      expect(serverText.length).toBeGreaterThan(0);
      expect(await page.locator('astro-island').allInnerTexts()).toEqual(serverText);
      await context.close();
    },
  );
});
