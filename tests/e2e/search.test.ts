import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readLessons } from '../support/content-files';
import {
  axeViolations,
  baseUrl,
  collectErrors,
  fixtureBaseUrl,
  fixtureContentDir,
  launchBrowser,
  newContext,
} from './support/browser';
import { FIXTURE_WORDS } from './support/fixture-site';
import { builtLessons } from './support/site-under-test';

const { published } = builtLessons();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function openPage(
  path: string,
  site = baseUrl(),
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${site}${path}`);
  return { page, errors, close: () => context.close() };
}

const resultTitles = (page: Page) =>
  page.getByRole('list', { name: 'Search results' }).getByRole('link').locator('.hit-title').allTextContents();

describe('the search dialog', () => {
  test('a lesson page requests no search file until search opens', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl()}/lessons/${published[0]!.id}/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search lessons and tools' }).fill('customers');
    await expect.poll(() => requested.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  test('Escape closes the dialog and focus returns to the search button; Ctrl+K opens it', async () => {
    const { page, close } = await openPage('/');
    const button = page.getByRole('button', { name: 'Search' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+k');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await close();
  });

  test('"episode 12" and "#12" find weekly episode 12', async () => {
    const twelve = published.find((l) => l.data.series === 'weekly' && l.data.episode === 12)!;
    const { page, close } = await openPage('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search lessons and tools' });
    for (const query of ['episode 12', '#12']) {
      await box.fill(query);
      await expect.poll(async () => (await resultTitles(page))[0]).toBe(twelve.data.title);
    }
    await close();
  });

  test('has no axe violations while open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/`);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('searchbox', { name: 'Search lessons and tools' }).fill('customers');
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  test('a huge or markup-laden query shows no error and injects nothing', async () => {
    const { page, errors, close } = await openPage('/');
    await page.getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search lessons and tools' });
    await box.fill('<img src=x onerror="window.__pwned=1">customers'.repeat(250));
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/results? for|No results/);
    await box.fill('<script>window.__pwned=1</script> "value"');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/results? for|No results/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.hits img, .hits script').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('a missing index shows a clear message instead of a broken dialog', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search lessons and tools' }).fill('customers');
    await expect
      .poll(() => page.getByRole('dialog').getByRole('status').textContent())
      .toMatch(/Search is not available/);
    await context.close();
  });
});

describe('the /search/ page', () => {
  test('"value proposition" finds the builder and the golden-rules lessons', async () => {
    const { page, close } = await openPage('/search/?q=value+proposition');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    const titles = await resultTitles(page);
    const hits = await page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hits).toContain('/value-proposition/');
    const goldenRules = published.filter((l) => l.data.series === 'golden-rules').map((l) => l.data.title);
    expect(titles.filter((title) => goldenRules.includes(title)).length).toBeGreaterThanOrEqual(2);
    await close();
  });

  test('the query survives a reload and a filter narrows the results', async () => {
    const { page, close } = await openPage('/search/?q=customers');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(1);
    const before = await resultTitles(page);
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Search lessons and tools' }).inputValue()).toBe('customers');
    await expect.poll(() => resultTitles(page)).toEqual(before);
    await page.getByLabel('Series').selectOption({ label: 'The Four Golden Rules' });
    await expect.poll(async () => (await resultTitles(page)).length).toBeLessThan(before.length);
    const goldenRules = published.filter((l) => l.data.series === 'golden-rules').map((l) => l.data.title);
    for (const title of await resultTitles(page)) expect(goldenRules).toContain(title);
    expect(page.url()).toMatch(/series=The\+Four\+Golden\+Rules/);
    await close();
  });

  test('a filter with an empty query browses everything in it', async () => {
    const { page, close } = await openPage('/search/?series=The+Four+Golden+Rules');
    const goldenRules = published.filter((l) => l.data.series === 'golden-rules').map((l) => l.data.title);
    await expect.poll(async () => (await resultTitles(page)).sort()).toEqual([...goldenRules].sort());
    await close();
  });

  test("a takeaway's words link straight to that lesson's takeaways", async () => {
    const lesson = published[0]!;
    const takeaway = lesson.data.takeaways[0]!;
    const { page, close } = await openPage(`/search/?q=${encodeURIComponent(takeaway)}`);
    const sections = page.getByRole('list', { name: `Sections of ${lesson.data.title}` }).getByRole('link');
    await expect.poll(() => sections.count()).toBeGreaterThan(0);
    const targets = await sections.evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash),
    );
    expect(targets).toContain(`/lessons/${lesson.id}/#takeaways-title`);
    await close();
  });

  test('has no axe violations with results, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/search/?q=listening`);
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

// Words that only one lesson has, on the fixture site: real prose changes every week and
// Pagefind matches stems, so a "unique" real word does not stay unique.
describe('search on the fixture site', () => {
  const fixtureTitle = (file: keyof typeof FIXTURE_WORDS) =>
    readLessons(fixtureContentDir()).find((lesson) => `${lesson.id}.mdx` === file)!.data.title;

  test('a word from a lesson finds that lesson and nothing else', async () => {
    const { page, errors, close } = await openPage('/', fixtureBaseUrl());
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search lessons and tools' }).fill(FIXTURE_WORDS['first-weekly.mdx']);
    await expect.poll(() => resultTitles(page)).toEqual([fixtureTitle('first-weekly.mdx')]);
    expect(errors).toEqual([]);
    await close();
  });

  test('the keyboard path ("/", type, arrow, Enter) lands on the lesson with the term highlighted', async () => {
    const title = fixtureTitle('first-weekly.mdx');
    const { page, close } = await openPage('/lessons/', fixtureBaseUrl());
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the site' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type(FIXTURE_WORDS['first-weekly.mdx']);
    await expect.poll(() => resultTitles(page)).toEqual([title]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/lessons\/first-weekly\//);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(title);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBeGreaterThan(0);
    await close();
  });

  test.each([
    ['a scheduled episode', 'far-future-weekly.mdx'],
    ['a draft', 'draft-weekly.mdx'],
  ] as const)('a word only in %s finds nothing', async (_kind, file) => {
    const { page, close } = await openPage(`/search/?q=${FIXTURE_WORDS[file]}`, fixtureBaseUrl());
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/No results/);
    await close();
  });
});
