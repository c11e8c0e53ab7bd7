// The team workshop against the built site: a 20-person paste with bad codes and a repeat, the
// team picture against scoreAssessment, the agenda, the team link in a fresh browser, the CSV,
// axe in light and dark, print, and the inputs that must not freeze the page (budgets.test.ts: its JavaScript).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers, type Response } from '../../src/lib/assessment/answers';
import { scoreAssessment } from '../../src/lib/assessment/score';
import { encodeShareCode } from '../../src/lib/assessment/share-code';
import { readAssessment } from '../support/content-files';
import { axeViolations, baseUrl, collectErrors, launchBrowser, newContext, openHydrated } from './support/browser';

/** Longest the page may be busy reading a paste and drawing the team; typically 50–400 ms on a shared 2-core machine. */
const FREEZE_LIMIT_MS = 1_000;
/** E-mail clients and chat apps carry links this long intact. */
const LINK_LENGTH_LIMIT = 4_000;

const definition = readAssessment();
const origin = 'https://market-driven.example';

/** Where the team leans per dimension, 1–5, so the medians differ and one dimension is lowest. */
const TEAM_LEANING = [3, 4, 2, 4, 3, 5, 4];
/** A person who leans to one level per dimension and answers each statement with it (reverse-scored ones mirrored). */
function person(seed: number): Answers {
  return Object.fromEntries(
    definition.questions.map((question, index): [string, Response] => {
      const dimension = definition.dimensions.findIndex((item) => item.id === question.dimension);
      if ((seed + index) % 13 === 0) return [question.id, NOT_APPLICABLE];
      const centre = TEAM_LEANING[dimension % TEAM_LEANING.length]!;
      const level = Math.min(5, Math.max(1, centre + ((seed * 7 + dimension * 3 + (index % 2)) % 3) - 1));
      return [question.id, (question.reverse ? 6 - level : level) as Response];
    }),
  );
}
/** A different set of answers for every seed under 125: its base-5 digits spread over the statements. */
const distinctPerson = (seed: number): Answers =>
  Object.fromEntries(
    definition.questions.map((question, index) => [
      question.id,
      (1 + ((Math.floor(seed / 5 ** (index % 3)) + index) % 5)) as Response,
    ]),
  );
const team = Array.from({ length: 20 }, (_, index) => person(index + 1));
const codes = team.map((answers) => encodeShareCode(definition, answers));
const tampered = `${codes[3]!.slice(0, -6)}`;
const wrongEdition = codes[4]!.replace(/^2\.[0-9a-z]+\./, '2.zzzz.');
/** An e-mail thread: replies, quotes, a repeat of person 3's link and two bad links among the 20. */
const thread = [
  'Subject: Re: Before our workshop',
  ...codes.flatMap((code, index) => [
    `From: person${index + 1}@example.com`,
    index % 4 === 0 ? `Here's mine: ${origin}/assessment/#r=${code}.` : `${origin}/assessment/#r=${code}`,
    '',
  ]),
  `> Forwarded again: ${origin}/assessment/#r=${codes[2]}`,
  `Sorry, this one may be broken: ${origin}/assessment/#r=${tampered}`,
  `And an old one: ${origin}/assessment/#r=${wrongEdition}`,
].join('\n');
const lineOf = (text: string) => thread.split('\n').findIndex((line) => line.includes(text)) + 1;

const results = team.map((answers) => scoreAssessment(definition, answers));
const counted = results.filter(
  (result) => result.answeringStyle === null && result.answered >= definition.questions.length / 2,
);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const expectedMedians = definition.dimensions.map((dimension) =>
  String(
    Math.round(
      median(
        counted.flatMap((result) => {
          const score = result.dimensions.find((item) => item.dimensionId === dimension.id)?.score;
          return score === null || score === undefined ? [] : [score];
        }),
      ),
    ),
  ),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const openWorkshop = (page: Page | null, hash = '') =>
  page ? page.goto(`${baseUrl()}/assessment/workshop/${hash}`) : Promise.resolve(null);

/** Puts text in the paste box, presses the button and returns how long the page took to show the outcome. */
async function paste(page: Page, text: string): Promise<number> {
  await page.locator('#workshop-paste').evaluate((element, value) => {
    (element as HTMLTextAreaElement).value = value;
  }, text);
  // The browser lays the text out in the box first, as it does when a reader pastes; then the clock starts.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(
    () =>
      new Promise<number>((resolveTime) => {
        const start = performance.now();
        const heading = () => document.querySelector('#workshop-paste-status');
        const before = heading()?.textContent;
        const observer = new MutationObserver(() => {
          if (heading() && heading()?.textContent !== before) {
            observer.disconnect();
            // The next frame is painted once the main thread is free again.
            requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - start), 0));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        document.querySelector<HTMLButtonElement>('.workshop-form button[type="submit"]')!.click();
      }),
  );
}

/** Pastes text into the box as a reader's paste does and returns how long the page took to answer. */
function clipboardPaste(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolveTime) => {
        const box = document.querySelector<HTMLTextAreaElement>('#workshop-paste')!;
        const data = new DataTransfer();
        data.setData('text/plain', value);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector('#workshop-paste-status')) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolveTime(performance.now() - start), 0));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        box.focus();
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }),
    text,
  );
}

const tableColumn = (page: Page, column: number) =>
  page
    .locator('.workshop-table:not(.workshop-bands) tbody tr')
    .evaluateAll((rows, index) => rows.map((row) => row.children[index]?.textContent?.trim() ?? ''), column);

describe('the team workshop', () => {
  test('brings a 20-person thread together: counts, medians, agenda, groups, team link, CSV and print', async () => {
    const context = await newContext(browser);
    const page = await openHydrated(context, '/assessment/workshop/');
    const errors = collectErrors(page);
    await paste(page, thread);

    const status = page.locator('#workshop-paste-status');
    expect(await status.textContent()).toBe('20 people loaded · 1 repeat counted once · 2 links could not be used');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('workshop-paste-status');
    const problems = await page.locator('.workshop-problems li').allTextContents();
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      new RegExp(`^Line ${lineOf('Forwarded again')}: .*The same result as line ${lineOf(codes[2]!)}`),
    );
    expect(problems[1]).toMatch(new RegExp(`^Line ${lineOf('may be broken')}: .*incomplete`));
    expect(problems[2]).toMatch(new RegExp(`^Line ${lineOf('an old one')}: .*different set of statements`));

    expect(await page.locator('.workshop-counts').textContent()).toContain(`20 people: ${counted.length} counted`);
    expect(await tableColumn(page, 2)).toEqual(expectedMedians);
    expect(await tableColumn(page, 1)).toEqual(definition.dimensions.map(() => String(counted.length)));

    // The agenda opens with the lowest median, carrying its prompt, questions and reading.
    const lowest =
      definition.dimensions[expectedMedians.map(Number).indexOf(Math.min(...expectedMedians.map(Number)))]!;
    expect(await page.locator('#workshop-agenda-heading').textContent()).toMatch(
      /^A (4[5-9]|5\d|60)-minute workshop agenda$/,
    );
    const firstItem = page.locator('.agenda-items > li').nth(1);
    expect(await firstItem.locator('.agenda-head').textContent()).toContain(lowest.title);
    expect(await firstItem.locator('.agenda-prompt').textContent()).toContain(lowest.talkAboutFirst);
    expect(await firstItem.locator('ul li').count()).toBeGreaterThan(0);
    expect(await firstItem.locator('.agenda-read a').count()).toBeGreaterThan(0);

    // Two people labelled "Boss" form a group set against the rest.
    await page.getByText('Name groups (optional)').click();
    await page.getByLabel('Person 1', { exact: true }).fill('Boss');
    await page.getByLabel('Person 2', { exact: true }).fill('boss');
    await expect.poll(() => page.locator('.workshop-groups > li').first().textContent()).toMatch(/^Boss \(2 people\)/);

    // The team link holds everything; a fresh browser with no storage shows the same team.
    const link = await page.locator('#workshop-team-link').inputValue();
    expect(link.length).toBeLessThan(LINK_LENGTH_LIMIT);
    const fresh = await newContext(browser);
    const other = await fresh.newPage();
    await other.goto(link);
    await other.locator('.workshop-table >> nth=0').waitFor();
    expect(await tableColumn(other, 2)).toEqual(expectedMedians);
    expect(await other.locator('.workshop-groups > li').first().textContent()).toMatch(/^Boss \(2 people\)/);
    await fresh.close();

    // The CSV: a header and one row per person, one column per dimension and per statement.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('team-assessment.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const rows = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows).toHaveLength(21);
    const header = rows[0]!.split(',');
    expect(header).toHaveLength(5 + definition.dimensions.length + definition.questions.length);
    expect(header.slice(5, 5 + definition.dimensions.length)).toEqual(definition.dimensions.map((item) => item.title));
    expect(rows[1]!.split(',').slice(0, 2)).toEqual(['Person 1', 'Boss']);
    const firstAnswers = rows[1]!.split(',').slice(5 + definition.dimensions.length);
    expect(firstAnswers).toEqual(
      definition.questions.map((question) => {
        const response = team[0]![question.id];
        return response === NOT_APPLICABLE ? 'n/a' : String(response);
      }),
    );

    // The printout: the team's figures and the agenda on at most two pages.
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no axe violations with a team loaded and its problems listed, in ${colorScheme}`, async () => {
      const context = await newContext(browser, { colorScheme });
      const page = await openHydrated(context, '/assessment/workshop/');
      await paste(page, thread);
      await page.getByText('Name groups (optional)').click();
      await page.getByLabel('Person 1', { exact: true }).fill('Boss');
      await page.locator('.workshop-groups').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test('answers bad input with a message and never freezes: 5 MB, 10,000 lines, builder links, markup', async () => {
    const context = await newContext(browser);
    const page = await openHydrated(context, '/assessment/workshop/');
    const errors = collectErrors(page);
    const status = page.locator('#workshop-paste-status');

    const huge = await clipboardPaste(page, `${origin}/assessment/#r=${codes[0]}\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect(await page.locator('#workshop-paste').inputValue()).toBe('');
    expect(await status.textContent()).toBe('Nothing was loaded from that paste');
    expect(await page.locator('.workshop-paste-report .field-error').textContent()).toMatch(/million characters/);

    const chat = Array.from({ length: 10_000 }, (_, index) =>
      index % 500 === 0
        ? `[10:${index % 60}] <b>anna</b>: ${origin}/assessment/#r=${codes[index / 500]}`
        : `[10:00] bo: <img src=x onerror=alert(1)> ok`,
    ).join('\n');
    const lines = await paste(page, chat);
    expect(await status.textContent()).toBe('20 people loaded');
    expect(await page.locator('.workshop-report img, .workshop-report b').count()).toBe(0);

    await paste(page, `${origin}/value-proposition/#d=1.eyJ0aXRsZSI6IngifQ`);
    expect(await page.locator('.workshop-problems li').first().textContent()).toMatch(
      /value-proposition draft, not an assessment result/,
    );

    const damagedLink = `#w=1&e=zz.AAAA&g=.`;
    await openWorkshop(page, damagedLink);
    await page.reload();
    await expect.poll(() => page.locator('.workshop-form .field-error').textContent()).toMatch(/team link is damaged/);

    console.log(
      `[workshop] 5 MB paste answered in ${huge.toFixed(0)} ms; 10,000 lines read and drawn in ${lines.toFixed(0)} ms`,
    );
    expect(huge).toBeLessThan(FREEZE_LIMIT_MS);
    expect(lines).toBeLessThan(FREEZE_LIMIT_MS);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('takes 50 people in one link under 4,000 characters and draws them in a moment; one and a few degrade', async () => {
    const context = await newContext(browser);
    const page = await openHydrated(context, '/assessment/workshop/');
    const fifty = Array.from({ length: 52 }, (_, index) => encodeShareCode(definition, distinctPerson(index)));
    const elapsed = await paste(
      page,
      fifty.map((code, index) => `group ${index % 4}\t${origin}/assessment/#r=${code}`).join('\n'),
    );
    expect(await page.locator('#workshop-paste-status').textContent()).toMatch(
      /^50 people loaded · 2 links could not be used$/,
    );
    const labels = ['Boss', 'Sales', 'Support'];
    await page.getByText('Name groups (optional)').click();
    for (let index = 0; index < 50; index += 1)
      await page.getByLabel(`Person ${index + 1}`, { exact: true }).fill(labels[index % labels.length]!);
    const link = await page.locator('#workshop-team-link').inputValue();
    console.log(
      `[workshop] 50 people: read, aggregated and drawn in ${elapsed.toFixed(0)} ms; team link ${link.length} characters (labelled)`,
    );
    expect(link.length).toBeLessThan(LINK_LENGTH_LIMIT);
    expect(elapsed).toBeLessThan(FREEZE_LIMIT_MS);

    await paste(page, `${origin}/assessment/#r=${codes[0]}`);
    expect(await page.locator('.workshop-degrade a').getAttribute('href')).toBe(`/assessment/#r=${codes[0]}`);
    await paste(page, codes.slice(0, 3).join('\n'));
    expect(await page.locator('.workshop-degrade a').getAttribute('href')).toBe(
      `/assessment/compare/#${codes
        .slice(0, 3)
        .map((code) => `r=${code}`)
        .join('&')}`,
    );
    await context.close();
  });
});

describe('results from the earlier edition', () => {
  test('load beside current ones, with a note saying so', async () => {
    const oldLinks = JSON.parse(readFileSync('tests/fixtures/assessment/v1-result-links.json', 'utf8')) as {
      links: { name: string; link: string }[];
    };
    const old = oldLinks.links.find((link) => link.name === 'mixed-complete')!;
    const context = await newContext(browser);
    const page = await openHydrated(context, '/assessment/workshop/');
    await paste(page, [old.link, ...codes.slice(0, 8)].join('\n'));
    expect(await page.locator('#workshop-paste-status').textContent()).toBe('9 people loaded');
    expect(await page.locator('.workshop-report .edition-note').textContent()).toMatch(
      /^1 result comes from an earlier version of the assessment \(person 9\)/,
    );
    await context.close();
  });
});
