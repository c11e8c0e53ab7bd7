import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { baseUrl, fixtureBaseUrl, fixtureContentDir, fixtureDist, launchBrowser, newContext } from './support/browser';
import type { LessonFile } from '../support/content-files';
import { builtLessons } from './support/site-under-test';

// Expectations follow the "now" the build under test recorded, not this test's clock.
const { all: lessons, published, unpublished } = builtLessons();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the weekly series in a browser', () => {
  test('a reader goes from the home page to the latest lesson and on through the series', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    const latest = page.getByRole('article', { name: /./ }).first();
    await latest.getByRole('link', { name: /^Read episode/ }).click();
    const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
    expect(published.map((lesson) => lesson.data.title)).toContain(firstTitle?.trim());

    // Walk to the first episode of the weekly series, then follow "Next". The start-here path may
    // list it too, so take the link in the full list of episodes, which comes last.
    await page.goto(`${baseUrl()}/series/weekly/`);
    await page
      .getByRole('link', {
        name: published.find((l) => l.data.series === 'weekly' && l.data.episode === 1)!.data.title,
      })
      .last()
      .click();
    await page
      .getByRole('navigation', { name: /More from/ })
      .getByRole('link', { name: /Next/ })
      .click();
    const second = lessons.find((lesson) => lesson.data.series === 'weekly' && lesson.data.episode === 2)!;
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(second.data.title);
    await context.close();
  });

  /** Each lesson has no page (404) and appears in neither the archive nor the feed of `site`. */
  async function expectHidden(site: string, hidden: readonly LessonFile[]): Promise<void> {
    const context = await newContext(browser);
    const page = await context.newPage();
    const archive = await (await page.goto(`${site}/lessons/`))!.text();
    const feed = await (await page.goto(`${site}/rss.xml`))!.text();
    for (const lesson of hidden) {
      const response = await page.goto(`${site}/lessons/${lesson.id}/`);
      expect(response?.status(), `${lesson.id} must not be a page`).toBe(404);
      expect(archive).not.toContain(lesson.data.title);
      expect(feed).not.toContain(lesson.data.title);
    }
    await context.close();
  }

  test('no unpublished episode of this build has a page or appears in the archive or the feed', () =>
    expectHidden(baseUrl(), unpublished));

  test('a scheduled episode and a draft have no page and appear in neither archive nor feed (fixture)', async () => {
    const fixture = builtLessons(fixtureContentDir(), fixtureDist());
    expect(fixture.scheduled.length).toBe(1);
    expect(fixture.unpublished.filter((lesson) => lesson.data.draft).length).toBe(1);
    await expectHidden(fixtureBaseUrl(), fixture.unpublished);
  });

  test('the RSS feed parses and lists exactly the published episodes, newest first', async () => {
    const response = await fetch(`${baseUrl()}/rss.xml`);
    const feed = await new Parser().parseString(await response.text());
    const expected = [...published]
      .sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime())
      .map((lesson) => lesson.data.title);
    expect(feed.items.map((item) => item.title)).toEqual(expected);
    for (const item of feed.items) {
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/lessons\/[a-z0-9-]+\/$/);
      expect(item['content:encoded'] ?? item.content).toContain('The boss brief');
    }
  });
});
