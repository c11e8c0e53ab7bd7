// Following and sharing, end to end against the built site: the share panel, link previews,
// the printed handout, /subscribe/, the feeds, short links and reader progress.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext } from 'playwright-core';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CALENDAR_PAST_DAYS } from '../../src/lib/episode-calendar';
import { FEED_ITEM_LIMIT } from '../../src/lib/feed';
import { PROGRESS_KEY } from '../../src/lib/progress';
import { readSeries, type LessonFile } from '../support/content-files';
import { axeViolations, baseUrl, collectErrors, launchBrowser, newContext } from './support/browser';
import { builtLessons, distDir } from './support/site-under-test';

const dist = distDir();
const { published, scheduled, now } = builtLessons();
const weekly = (list: LessonFile[]) =>
  list.filter((lesson) => lesson.data.series === 'weekly').sort((a, b) => a.data.episode - b.data.episode);
const weeklyPublished = weekly(published);
const weeklyScheduled = weekly(scheduled);
const lesson = weeklyPublished.at(-1)!;
const lessonPath = (slug: string) => `/lessons/${slug}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A context whose localStorage persists across pages and reloads, as in a real browser. */
async function withContext<T>(
  run: (context: BrowserContext) => Promise<T>,
  options: Parameters<typeof newContext>[1] = {},
) {
  const context = await newContext(browser, options);
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

/** Makes every clipboard write fail, as a browser does when the page may not copy. */
async function refuseClipboard(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
}

describe('link previews', () => {
  test.each(published.map((l) => [l.id, l] as const))(
    '%s has its own 1200x630 image and complete meta tags',
    (_slug, item) => {
      const html = readFileSync(join(dist, 'lessons', item.id, 'index.html'), 'utf8');
      const image = metaContent(html, 'og:image')!;
      expect(new URL(image).pathname).toBe(`/og/lessons/${item.id}.png`);
      expect(metaContent(html, 'twitter:image')).toBe(image);
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
      expect(metaContent(html, 'og:image:width')).toBe('1200');
      expect(metaContent(html, 'og:type')).toBe('article');
      expect(pngSize(readFileSync(join(dist, 'og', 'lessons', `${item.id}.png`)))).toEqual({
        width: 1200,
        height: 630,
      });
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
      expect(jsonLd).toMatchObject({ '@type': 'Article', image, isPartOf: { '@type': 'CreativeWorkSeries' } });
    },
  );

  test.each(['home', 'assessment', 'value-proposition'])('the %s image exists at 1200x630', (name) => {
    expect(pngSize(readFileSync(join(dist, 'og', `${name}.png`)))).toEqual({ width: 1200, height: 630 });
  });

  test('the home page describes the site as an Organization and WebSite', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(new URL(metaContent(html, 'og:image')!).pathname).toBe('/og/home.png');
    expect(html).toMatch(/"@type":"Organization"/);
    expect(html).toMatch(/"@type":"WebSite"/);
  });
});

describe('feeds', () => {
  test('the RSS feed parses and carries every published lesson with full content', async () => {
    const feed = await new Parser().parseURL(`${baseUrl()}/rss.xml`);
    expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual(
      published.map((l) => lessonPath(l.id)).sort(),
    );
    const item = feed.items.find((entry) => entry.title === lesson.data.title)!;
    expect(item['content:encoded']).toContain('The boss brief');
    expect(new Date(item.isoDate!).toISOString().slice(0, 10)).toBe(lesson.data.publishDate.toISOString().slice(0, 10));
  });

  test("/episodes.ics parses and has the past year's and every scheduled weekly episode with stable UIDs", async () => {
    const text = await (await fetch(`${baseUrl()}/episodes.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const yearAgo = now.getTime() - CALENDAR_PAST_DAYS * 86_400_000;
    const expected = [...weeklyPublished.filter((l) => l.data.publishDate.getTime() >= yearAgo), ...weeklyScheduled];
    // Scheduled events by title only are checked on fixture content in tests/content/follow-share.test.ts.
    expect(events.map((event) => event.uid.split('@')[0])).toEqual(expected.map((l) => l.id));
    // UIDs are `<slug>@<the site's host>`, so calendars update events rather than duplicate them.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1]!;
    for (const event of events) expect(event.uid.split('@')[1]).toBe(new URL(canonical).hostname);
    expect(events.map((event) => event.startDate.toString())).toEqual(
      expected.map((l) => l.data.publishDate.toISOString().slice(0, 10)),
    );
  });
});

describe('/subscribe/', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`offers the feed and the calendar, with no axe violations in ${colorScheme}`, () =>
      withContext(
        async (context) => {
          const page = await context.newPage();
          const errors = collectErrors(page);
          await page.goto(`${baseUrl()}/subscribe/`);
          expect(await axeViolations(page)).toEqual([]);
          await expect(page.getByRole('link', { name: 'Open the RSS feed' }).getAttribute('href')).resolves.toBe(
            '/rss.xml',
          );
          await expect(page.getByRole('textbox', { name: 'Feed address' }).inputValue()).resolves.toMatch(
            /\/rss\.xml$/,
          );
          await expect(
            page.getByRole('link', { name: 'Subscribe in your calendar app' }).getAttribute('href'),
          ).resolves.toMatch(/^webcal:\/\/.*\/episodes\.ics$/);
          // What each carries, so a subscriber knows what to expect.
          expect(await page.getByText(`the ${FEED_ITEM_LIMIT} newest at any time`).count()).toBe(1);
          expect(await page.getByText("the coming ones and the past year's").count()).toBe(1);
          // The coming episodes by title, when the build has any.
          for (const coming of weeklyScheduled) expect(await page.getByText(coming.data.title).count()).toBe(1);
          // No provider is configured in this build: no form, and nothing pretends to subscribe you.
          expect(await page.getByRole('textbox', { name: /e-mail address/ }).count()).toBe(0);
          expect(errors).toEqual([]);
        },
        { colorScheme },
      ));
  }

  test('is linked from every page footer', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/lessons/`);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Subscribe' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Never miss a Sunday');
    }));
});

describe('the share panel on a lesson', () => {
  const url = () => `${baseUrl()}${lessonPath(lesson.id)}`;

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations in ${colorScheme}, including the copy fallback`, () =>
      withContext(
        async (context) => {
          await refuseClipboard(context);
          const page = await context.newPage();
          await page.goto(url());
          const panel = page.getByRole('region', { name: 'Send it to your boss' });
          await panel.getByRole('button', { name: 'Copy link' }).click();
          await expect.poll(() => panel.getByRole('textbox', { name: 'Link to copy' }).isVisible()).toBe(true);
          expect(await axeViolations(page)).toEqual([]);
        },
        { colorScheme },
      ));
  }

  test('"Email this to my boss" writes the subject, boss brief, takeaways and canonical link', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(url());
      const href = (await page.getByRole('link', { name: 'Email this to my boss' }).getAttribute('href'))!;
      const params = new URLSearchParams(href.replace(/^mailto:\?/, ''));
      // The lesson's own subject line where it has one (the newest episode differs by date).
      expect(params.get('subject')).toBe(lesson.data.emailSubject ?? lesson.data.title);
      const body = params.get('body')!;
      expect(body).toContain(lesson.data.bossBrief);
      expect(body).toContain(lesson.data.takeaways[0]);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(body).toContain(canonical);
    }));

  test('copy link puts the canonical URL on the clipboard and says so', () =>
    withContext(async (context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(url());
      const panel = page.getByRole('region', { name: 'Send it to your boss' });
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/Link copied/);
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    }));

  test('when copying is refused, the link is shown selected in a read-only field', () =>
    withContext(async (context) => {
      await refuseClipboard(context);
      const page = await context.newPage();
      await page.goto(url());
      const panel = page.getByRole('region', { name: 'Send it to your boss' });
      const field = panel.getByRole('textbox', { name: 'Link to copy' });
      // The field shows until the panel's code loads (it nears the screen or the page is idle).
      await expect.poll(() => field.isVisible()).toBe(false);
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => field.isVisible()).toBe(true);
      expect(await field.getAttribute('readonly')).not.toBeNull();
      const selection = await page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement;
        return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
      });
      expect(selection).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
    }));

  test('the Share button appears only where the device can share, and shares the lesson', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(url());
      expect(await page.getByRole('button', { name: 'Share…' }).count()).toBe(0);
      await page.addInitScript(() => {
        (window as unknown as { shared: unknown[] }).shared = [];
        navigator.share = async (data) => {
          (window as unknown as { shared: unknown[] }).shared.push(data);
        };
      });
      await page.reload();
      await page.getByRole('button', { name: 'Share…' }).click();
      const shared = await page.evaluate(
        () => (window as unknown as { shared: { title: string; url: string }[] }).shared,
      );
      expect(shared[0]!.title).toBe(lesson.data.title);
      expect(shared[0]!.url).toContain(lessonPath(lesson.id));
    }));

  test('social links are plain links to LinkedIn, X and Bluesky, with no third-party script on the page', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      const hosts = new Set<string>();
      page.on('request', (request) => hosts.add(new URL(request.url()).host));
      await page.goto(url(), { waitUntil: 'networkidle' });
      for (const name of [/LinkedIn/, /^X/, /Bluesky/]) {
        expect(await page.getByRole('link', { name }).getAttribute('href')).toMatch(
          /^https:\/\/(www\.linkedin\.com|x\.com|bsky\.app)\//,
        );
      }
      expect([...hosts]).toEqual([new URL(baseUrl()).host]);
    }));
});

describe('the printed handout', () => {
  test('"Print handout" is offered and the print is one page with the brief, takeaways, questions and a QR code', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${lessonPath(lesson.id)}`);
      // The panel's buttons appear once its code loads, when it nears the screen or the page is idle.
      await expect.poll(() => page.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('complementary', { name: 'The boss brief' }).isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: /team meeting/ }).isVisible()).toBe(true);
      const qr = page.getByRole('img', { name: /^QR code for https?:\/\/.*\/\d+\/$/ });
      expect(await qr.isVisible()).toBe(true);
      expect(await page.getByRole('region', { name: 'Send it to your boss' }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
      const letter = await page.pdf({ format: 'Letter' });
      expect(letter.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    }));
});

describe('every lesson prints as a one-page handout', () => {
  test.each(published.map((l) => [l.id] as const))('%s fits one A4 and one Letter page', (slug) =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${lessonPath(slug)}`);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format });
        expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1);
      }
    }),
  );
});

describe('short links', () => {
  test('/<n>/ takes the reader to weekly episode n, and the lesson shows its short link', () =>
    withContext(async (context) => {
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/${lesson.data.episode}/`);
      await page.waitForURL(`**${lessonPath(lesson.id)}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(lesson.data.title);
      const short = page.getByRole('link', { name: new RegExp(`/${lesson.data.episode}/$`) });
      expect(await short.getAttribute('href')).toBe(`/${lesson.data.episode}/`);
    }));

  test('the redirect page has a canonical link and a visible link for when refresh is blocked', () => {
    const html = readFileSync(join(dist, String(lesson.data.episode), 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="`);
    expect(html).toMatch(new RegExp(`http-equiv="refresh" content="0; url=${lessonPath(lesson.id)}"`));
    expect(html).toContain(`href="${lessonPath(lesson.id)}"`);
    expect(new URL(metaContent(html, 'og:image')!).pathname).toBe(`/og/lessons/${lesson.id}.png`);
  });

  test('the next episode number has no short link yet', async () => {
    const next = Math.max(...weeklyPublished.map((l) => l.data.episode)) + 1;
    expect(weeklyScheduled.every((l) => l.data.episode >= next)).toBe(true);
    const response = await fetch(`${baseUrl()}/${next}/`);
    expect(response.status).toBe(404);
  });
});

/** Far longer than a reader must stay at a lesson's end for it to count as finished. */
const A_MINUTE_MS = 60_000;

describe('reader progress', () => {
  const cardOf = (page: import('playwright-core').Page, title: string) =>
    page
      .getByRole('list', { name: 'Lessons' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) });

  test('finishing a lesson marks it read; the mark survives a reload, shows on the list and the home page offers the next one', () =>
    withContext(
      async (context) => {
        const page = await context.newPage();
        const errors = collectErrors(page);
        const first = weeklyPublished[0]!;
        await page.goto(`${baseUrl()}${lessonPath(first.id)}`);
        // The button appears once its code loads, when the end of the lesson nears or the page is idle.
        await expect.poll(() => page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
        // Jump straight to the bottom, as the End key does.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect.poll(() => page.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);
        expect(await page.getByText(/You finished this lesson on/).count()).toBe(1);
        await page.reload();
        await expect.poll(() => page.getByRole('button', { name: 'Mark as unread' }).count()).toBe(1);

        // The series lists its first episodes on its first page (the archive, newest first, is paginated).
        await page.goto(`${baseUrl()}/series/weekly/`);
        await expect
          .poll(() => cardOf(page, first.data.title).getByText('Read', { exact: true }).isVisible())
          .toBe(true);
        expect(await cardOf(page, weeklyPublished[1]!.data.title).getByText('Read', { exact: true }).isVisible()).toBe(
          false,
        );

        await page.goto(`${baseUrl()}/`);
        const next = page.getByRole('region', { name: 'Continue the series' });
        await expect.poll(() => next.isVisible()).toBe(true);
        await expect(next.getByRole('link').textContent()).resolves.toContain(weeklyPublished[1]!.data.title);
        expect(errors).toEqual([]);
      },
      { viewport: { width: 390, height: 700 } },
    ));

  test('a first-time visitor is offered the start-here path, and "continue" then follows it', () =>
    withContext(async (context) => {
      const path = (readSeries().get('weekly')?.startHere ?? []).flatMap((slug) =>
        published.filter((candidate) => candidate.id === slug),
      );
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/`);
      const offer = page.getByRole('region', { name: 'New here? Start with these' });
      await expect.poll(() => offer.isVisible()).toBe(true);
      await expect(offer.getByRole('link').first().textContent()).resolves.toBe(path[0]!.data.title);
      expect(await page.getByRole('region', { name: 'Continue the series' }).isVisible()).toBe(false);

      await page.evaluate(
        ([key, slug, readAt]) => localStorage.setItem(key!, JSON.stringify({ version: 1, read: { [slug!]: readAt } })),
        [PROGRESS_KEY, path[0]!.id, now.toISOString()],
      );
      await page.reload();
      const next = page.getByRole('region', { name: 'Continue the series' });
      await expect.poll(() => next.isVisible()).toBe(true);
      await expect(next.getByRole('link').textContent()).resolves.toContain(path[1]!.data.title);
      expect(await offer.isVisible()).toBe(false);
    }));

  test('the button marks a lesson read or unread, and the automatic mark does not override it', () =>
    withContext(async (context) => {
      // A fake clock lets the test stay at the end of the lesson for a minute without waiting one.
      await context.clock.install({ time: now });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${lessonPath(lesson.id)}`);
      await page.clock.runFor(A_MINUTE_MS); // the idle moment that loads the button's code
      await page.getByRole('button', { name: 'Mark as read' }).click();
      await expect.poll(() => page.getByText(/You finished this lesson on/).count()).toBe(1);
      await page.getByRole('button', { name: 'Mark as unread' }).click();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.clock.runFor(A_MINUTE_MS);
      expect(await page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
      expect(await page.getByText(/You finished this lesson on/).count()).toBe(0);
      await page.reload();
      await expect.poll(() => page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
    }));

  test('a page that is only glanced at is not marked read', () =>
    withContext(async (context) => {
      await context.clock.install({ time: now });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${lessonPath(lesson.id)}`);
      await page.clock.runFor(A_MINUTE_MS);
      await expect.poll(() => page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
      await page.clock.runFor(A_MINUTE_MS);
      expect(await page.getByRole('button', { name: 'Mark as read' }).count()).toBe(1);
      expect(await page.getByText(/You finished this lesson on/).count()).toBe(0);
    }));

  test('lessons published since the previous visit are marked new', () =>
    withContext(async (context) => {
      const since = weeklyPublished.at(-3)!.data.publishDate;
      await context.addInitScript(
        ([key, lastSeen]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key!, JSON.stringify({ version: 1, read: {}, lastSeen }));
            sessionStorage.setItem('seeded', '1');
          }
        },
        [PROGRESS_KEY, since.toISOString()],
      );
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/lessons/`);
      const expected = published.filter((l) => l.data.publishDate > since).length;
      expect(expected).toBeGreaterThan(0);
      const badges = page.getByRole('list', { name: 'Lessons' }).getByText('New', { exact: true });
      await expect.poll(() => badges.filter({ visible: true }).count()).toBe(expected);
    }));

  test('corrupt progress data is discarded silently and the reader starts fresh', () =>
    withContext(async (context) => {
      await context.addInitScript((key) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, '{"version":1,"read":{"x":');
          sessionStorage.setItem('seeded', '1');
        }
      }, PROGRESS_KEY);
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl()}/lessons/`);
      expect(await page.getByText('Read', { exact: true }).filter({ visible: true }).count()).toBe(0);
      const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
      expect(JSON.parse(stored!)).toMatchObject({ version: 1, read: {} });
      expect(errors).toEqual([]);
    }));

  test('with storage blocked, pages still work and show no marks', () =>
    withContext(async (context) => {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${baseUrl()}${lessonPath(lesson.id)}`);
      await page.getByRole('button', { name: 'Mark as read' }).click();
      await page.goto(`${baseUrl()}/`);
      expect(errors).toEqual([]);
    }));
});
