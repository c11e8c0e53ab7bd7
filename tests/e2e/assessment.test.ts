// The self-assessment in a browser: keyboard-only answering, resuming, sharing, bad links and
// storage, comparing, printing and accessibility (tests/e2e/budgets.test.ts holds the JavaScript budget).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type AnswerValue, type Answers } from '../../src/lib/assessment/answers';
import { compareResults } from '../../src/lib/assessment/compare';
import { scoreAssessment } from '../../src/lib/assessment/score';
import { encodeShareCode } from '../../src/lib/assessment/share-code';
import { STORAGE_KEY } from '../../src/lib/assessment/storage';
import { readAssessment, readFirstAssessmentEdition } from '../support/content-files';
import { axeViolations, baseUrl, collectErrors, launchBrowser, newContext, openHydrated } from './support/browser';

const definition = readAssessment();
const firstEdition = readFirstAssessmentEdition();
/** Links and saved progress made by the landed code before edition 2 (see the file's note). */
const oldLinks = JSON.parse(readFileSync('tests/fixtures/assessment/v1-result-links.json', 'utf8')) as {
  links: {
    name: string;
    code: string;
    expected: { overall: number; bandLabel: string; dimensions: Record<string, number | null> };
  }[];
  savedProgress: string;
};
const titleOf = (id: string) => definition.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
const bandLabel = (answers: Answers) => {
  const result = scoreAssessment(definition, answers);
  return { label: definition.bands.find((band) => band.id === result.bandId)?.label ?? '', overall: result.overall };
};
/** Answers that lean one way per dimension, so every band edge case is not needed here. */
const answersFrom = (pick: (index: number, reverse: boolean) => AnswerValue): Record<string, AnswerValue> =>
  Object.fromEntries(definition.questions.map((question, index) => [question.id, pick(index, question.reverse)]));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const open = (context: BrowserContext, hash = ''): Promise<Page> => openHydrated(context, `/assessment/${hash}`);

/** Presses Tab until the focused element matches, so the test follows the real focus order. */
async function tabUntil(page: Page, matches: (element: Element) => boolean, description: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** Answers the current step by clicking (for tests that are not about the keyboard). */
async function answerStep(page: Page, answers: Answers): Promise<void> {
  for (const fieldset of await page.locator('fieldset.question').all()) {
    const name = await fieldset.locator('input[type=radio]').first().getAttribute('name');
    const value = answers[name?.replace(/^q-/, '') ?? ''];
    if (value !== undefined) await fieldset.locator(`input[value="${value}"]`).check();
  }
}

async function answerAll(page: Page, answers: Answers): Promise<void> {
  for (let step = 0; step < definition.dimensions.length; step += 1) {
    await answerStep(page, answers);
    await page
      .getByRole('button', { name: step === definition.dimensions.length - 1 ? 'See my result' : /^Next/ })
      .click();
  }
  await page.getByRole('heading', { level: 2, name: /out of 100/ }).waitFor();
}

const tableScores = (page: Page) =>
  page.locator('.assessment-result .score-table tbody tr td:first-of-type').allTextContents();

describe('the self-assessment page', () => {
  test('lists every statement as static HTML for search, readers without JavaScript and printing', async () => {
    const html = await (await fetch(`${baseUrl()}/assessment/`)).text();
    const worksheet = html.slice(html.indexOf('id="worksheet-title"'));
    for (const question of definition.questions) expect(worksheet).toContain(question.statement.replace(/'/g, '&#39;'));
    expect(html).toMatch(/data-pagefind-body/);
  });

  test('can be completed with the keyboard alone and shows the band the answers imply', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const errors = collectErrors(page);
    // Mostly market-driven, with some hesitation: agree with forward statements, disagree with reverse ones.
    const answers = answersFrom((index, reverse) => (reverse ? (index % 3 === 0 ? 3 : 2) : index % 4 === 0 ? 5 : 4));
    for (let step = 0; step < definition.dimensions.length; step += 1) {
      const dimension = definition.dimensions[step]!;
      await expect.poll(() => page.locator('#step-heading').textContent()).toContain(dimension.title);
      for (const question of definition.questions.filter((item) => item.dimension === dimension.id)) {
        const name = `q-${question.id}`;
        await tabUntil(
          page,
          new Function(`return (el) => el?.getAttribute('name') === '${name}'`)() as (el: Element) => boolean,
          name,
        );
        await page.keyboard.press('Space');
        for (let value = 1; value < answers[question.id]!; value += 1) await page.keyboard.press('ArrowRight');
        expect(await page.locator(`input[name="${name}"]:checked`).getAttribute('value')).toBe(
          String(answers[question.id]),
        );
      }
      await tabUntil(
        page,
        (element) => element.getAttribute('type') === 'submit' && element.closest('.assessment') !== null,
        'the submit button',
      );
      await page.keyboard.press('Enter');
    }
    const expected = bandLabel(answers);
    const heading = page.locator('#result-heading');
    await expect.poll(() => heading.textContent()).toContain(expected.label);
    expect(await heading.textContent()).toContain(`${expected.overall} out of 100`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-heading');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('resumes where the reader left off after a reload, and "Start over" clears it', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const answers = answersFrom(() => 4);
    await answerStep(page, answers);
    await page.getByRole('button', { name: /^Next/ }).click();
    const second = definition.questions.find((question) => question.dimension === definition.dimensions[1]!.id)!;
    await page.locator(`input[name="q-${second.id}"][value="2"]`).check();

    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect
      .poll(() => page.locator('#step-label').textContent())
      .toBe(`Step 2 of ${definition.dimensions.length}`);
    expect(await page.locator(`input[name="q-${second.id}"][value="2"]`).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect
      .poll(() => page.locator('#step-label').textContent())
      .toBe(`Step 1 of ${definition.dimensions.length}`);
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await context.close();
  });

  test('prints a result as a one-page report', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await answerAll(
      page,
      answersFrom((index) => ((index % 5) + 1) as AnswerValue),
    );
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await context.close();
  });
});

describe('sharing a result', () => {
  const answers = answersFrom((index, reverse) => (reverse ? 2 : (((index % 3) + 3) as AnswerValue)));

  test('a copied link opens the same scores in a fresh browser without touching its own saved answers', async () => {
    const author = await newContext(browser);
    const page = await open(author);
    await answerAll(page, answers);
    const authorScores = await tableScores(page);
    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    const link = await page.getByLabel('Link to this result').inputValue();
    expect(link).toMatch(/\/assessment\/#r=2\.[0-9a-z]+\.[0-9a-z]+$/);
    // The e-mail to a boss carries the band and the same link.
    const mailto = await page.getByRole('link', { name: 'E-mail this result' }).getAttribute('href');
    expect(decodeURIComponent(mailto ?? '')).toContain(link);
    expect(decodeURIComponent(mailto ?? '')).toContain(bandLabel(answers).label);
    await author.close();

    // A reader who has answers of their own keeps them exactly as they were.
    const reader = await newContext(browser);
    const own = await open(reader);
    await own.locator('input[type=radio][value="1"]').first().check();
    const saved = await own.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const errors = collectErrors(own);
    await own.goto(link);
    await own.reload();
    await own.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => own.locator('#result-heading').textContent()).toContain(bandLabel(answers).label);
    expect(await own.getByText('A shared result').count()).toBe(1);
    expect(await tableScores(own)).toEqual(authorScores);
    expect(await own.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);

    // "Take the assessment yourself" goes back to the reader's own progress.
    await own.getByRole('button', { name: 'Take the assessment yourself' }).click();
    await expect.poll(() => own.locator('input[type=radio][value="1"]').first().isChecked()).toBe(true);
    expect(new URL(own.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await reader.close();

    // A brand-new browser stores nothing just by looking.
    const fresh = await newContext(browser);
    const view = await open(fresh, link.slice(link.indexOf('#')));
    await expect
      .poll(() => view.locator('#result-heading').textContent())
      .toContain(`${bandLabel(answers).overall} out of 100`);
    expect(await view.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await fresh.close();
  });

  test.each([
    ['a tampered link', (code: string) => code.replace(/\.([0-9a-z]+)$/, '.$1zz'), /damaged/],
    ['a truncated link', (code: string) => code.slice(0, -3), /incomplete/],
    ['a link from a newer version', (code: string) => code.replace(/^2\./, '9.'), /newer version/],
    ['an oversized link', (code: string) => code + 'a'.repeat(500), /too long/],
    ['a link with markup in it', () => encodeURIComponent('<img src=x onerror="document.title=1">'), /damaged/],
  ])('%s shows a clear message and a clean start', async (_name, mangle, message) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(`${baseUrl()}/assessment/#r=${mangle(encodeShareCode(definition, answers))}`);
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
    expect(await page.locator('#step-label').textContent()).toBe(`Step 1 of ${definition.dimensions.length}`);
    expect(await page.locator('.assessment img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('corrupt saved answers show a message and a clean start', async () => {
    const context = await newContext(browser);
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"answers":{"x":');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    const page = await open(context);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/could not be read/);
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await context.close();
  });
});

describe('answering style and "doesn’t apply"', () => {
  test('agreeing with every statement names the answering style before the score and singles out no weakest dimension', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const errors = collectErrors(page);
    await answerAll(
      page,
      answersFrom(() => 4),
    );
    const style = page.locator('.answering-style');
    await expect.poll(() => style.textContent()).toMatch(/Answering style: mostly the same answer\./);
    // The notice comes before the score in the page, and the heading points to it for screen readers.
    expect(
      await page.evaluate(() => {
        const notice = document.querySelector('.answering-style');
        const heading = document.querySelector('#result-heading');
        return Boolean(notice && heading && notice.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    expect(await page.locator('#result-heading').getAttribute('aria-describedby')).toContain('answering-style');
    expect(await page.locator('#result-heading').textContent()).toContain('50 out of 100');
    expect(await page.getByRole('heading', { name: /weakest/ }).count()).toBe(0);
    expect(await page.locator('.no-weakest').textContent()).toContain(definition.answeringStyles.noWeakest);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a dimension answered "doesn’t apply" shows "not enough answers" in the table, the chart, the e-mail, the link and compare', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const measurement = new Set(
      definition.questions.filter((question) => question.dimension === 'measurement').map((question) => question.id),
    );
    const answers: Answers = Object.fromEntries(
      definition.questions.map((question, index) => [
        question.id,
        measurement.has(question.id) ? NOT_APPLICABLE : question.reverse ? 2 : ((4 + (index % 2)) as AnswerValue),
      ]),
    );
    await answerAll(page, answers);
    const row = page.getByRole('row', { name: new RegExp(titleOf('measurement')) });
    await expect.poll(() => row.textContent()).toMatch(/Not enough answers/);
    expect(await row.textContent()).toMatch(/4 doesn’t apply/);
    expect(await page.locator('#result-chart-desc').textContent()).toContain(
      `${titleOf('measurement')} not enough answers`,
    );
    expect(await page.locator('.assessment-result').textContent()).toMatch(
      /marked “Doesn’t apply \/ don’t know” and left out/,
    );
    const mailto = decodeURIComponent(
      (await page.getByRole('link', { name: 'E-mail this result' }).getAttribute('href')) ?? '',
    );
    expect(mailto).toContain(`${titleOf('measurement')}: not enough answers to score`);

    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    const link = await page.getByLabel('Link to this result').inputValue();
    const fresh = await newContext(browser);
    const view = await open(fresh, link.slice(link.indexOf('#')));
    await expect
      .poll(() => view.getByRole('row', { name: new RegExp(titleOf('measurement')) }).textContent())
      .toMatch(/Not enough answers/);
    await view.goto(
      `${baseUrl()}/assessment/compare/#r=${link.split('#r=')[1]}&r=${encodeShareCode(
        definition,
        answersFrom(() => 3),
      )}`,
    );
    await view.waitForSelector('astro-island:not([ssr])');
    await view.getByRole('button', { name: 'Compare' }).click();
    const compared = view.locator('.compare-report').getByRole('row', { name: new RegExp(titleOf('measurement')) });
    await expect.poll(() => compared.textContent()).toMatch(/Not enough answers/);
    await fresh.close();
    await context.close();
  });
});

describe('links and saved answers from the earlier version', () => {
  const landed = oldLinks.links.find((link) => link.name === 'mixed-complete')!;

  test('a result link made before edition 2 opens with the scores it showed then, says so, and offers the current version', async () => {
    const context = await newContext(browser);
    const page = await open(context, `#r=${landed.code}`);
    const errors = collectErrors(page);
    const heading = page.locator('#result-heading');
    await expect.poll(() => heading.textContent()).toContain(`${landed.expected.overall} out of 100`);
    expect(await heading.textContent()).toContain(landed.expected.bandLabel);
    expect(await tableScores(page)).toEqual(
      firstEdition.dimensions.map((dimension) =>
        String(landed.expected.dimensions[dimension.id] ?? 'Not enough answers'),
      ),
    );
    expect(await page.locator('.edition-note').textContent()).toMatch(/earlier version of the assessment \(version 1/);
    // Still a one-page report, with the note on it.
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Take the current version yourself' }).click();
    await expect
      .poll(() => page.locator('#step-label').textContent())
      .toBe(`Step 1 of ${definition.dimensions.length}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('answers saved before edition 2 are kept where the statement did not change, with a message saying what was reset', async () => {
    const context = await newContext(browser);
    await context.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, oldLinks.savedProgress],
    );
    const page = await open(context);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/We kept \d+ answers .* reset/);
    const saved = JSON.parse(oldLinks.savedProgress) as { answers: Record<string, number> };
    const kept = definition.questions.filter((question) => {
      const before = firstEdition.questions.find((item) => item.id === question.id);
      return before && before.reverse === question.reverse && saved.answers[question.id] !== undefined;
    });
    const first = kept.find((question) => question.dimension === definition.dimensions[0]!.id)!;
    expect(await page.locator(`input[name="q-${first.id}"][value="${saved.answers[first.id]}"]`).isChecked()).toBe(
      true,
    );
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}');
    expect(stored.version).toBe(2);
    expect(Object.keys(stored.answers).length).toBe(kept.length);
    await context.close();
  });
});

describe('comparing results', () => {
  // The boss is sure the team listens; the team is not. Elsewhere they roughly agree.
  const listening = new Set(
    definition.questions.filter((question) => question.dimension === 'listening').map((question) => question.id),
  );
  const boss = answersFrom((_, reverse) => (reverse ? 2 : 4));
  const team: Answers = Object.fromEntries(
    definition.questions.map((question) => [
      question.id,
      listening.has(question.id) ? (question.reverse ? 5 : 1) : question.reverse ? 2 : 4,
    ]),
  );

  test('names the dimension with the largest disagreement and the statements behind it', async () => {
    const expected = compareResults(definition, [
      { label: 'Boss', answers: boss },
      { label: 'Team', answers: team },
    ]);
    const context = await newContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl()}/assessment/compare/`);
    await page.waitForSelector('astro-island:not([ssr])');
    const links = [boss, team].map((answers) => `${baseUrl()}/assessment/#r=${encodeShareCode(definition, answers)}`);
    await page.getByLabel('Label (optional)').nth(0).fill('Boss');
    await page.getByLabel('Result link').nth(0).fill(links[0]!);
    await page.getByLabel('Label (optional)').nth(1).fill('Team');
    await page.getByLabel('Result link').nth(1).fill(links[1]!);
    await page.getByRole('button', { name: 'Compare' }).click();

    const talk = page.locator('.talk-first');
    await expect.poll(() => talk.textContent()).toContain(`Talk about ${titleOf(expected.talkAboutFirstId!)} first`);
    expect(expected.talkAboutFirstId).toBe('listening');
    const firstStatement = definition.questions.find((question) => question.id === expected.statements[0]?.questionId)!;
    expect(await page.locator('.statement-list li').first().textContent()).toContain(firstStatement.statement);
    expect(await page.locator('.chart-legend').textContent()).toMatch(/Boss.*Team/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('explains which pasted link cannot be read', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/assessment/compare/`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page
      .getByLabel('Result link')
      .nth(0)
      .fill(`${baseUrl()}/assessment/#r=${encodeShareCode(definition, boss)}`);
    await page.getByLabel('Result link').nth(1).fill('https://example.com/some/other/page');
    await page.getByRole('button', { name: 'Compare' }).click();
    const second = page.getByLabel('Result link').nth(1);
    await expect.poll(() => second.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-error').textContent()).toMatch(/does not look like a result link/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.locator('.compare-report').count()).toBe(0);
    await context.close();
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the questionnaire, the result and the comparison have no axe violations (${colorScheme})`, async () => {
      const context = await newContext(browser, { colorScheme });
      const page = await open(context);
      expect(await axeViolations(page), 'questionnaire').toEqual([]);
      const answers = answersFrom((index, reverse) => (reverse ? 5 : (((index % 5) + 1) as AnswerValue)));
      await answerAll(page, answers);
      expect(await page.locator('.result-caveat').count(), 'the answers include a contradiction').toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Copy link to this result' }).click();
      expect(await axeViolations(page), 'result').toEqual([]);

      await page.goto(
        `${baseUrl()}/assessment/compare/#r=${encodeShareCode(definition, answers)}&r=${encodeShareCode(
          definition,
          answersFrom(() => 3),
        )}`,
      );
      await page.waitForSelector('astro-island:not([ssr])');
      expect(await axeViolations(page), 'compare form').toEqual([]);
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.locator('.compare-report').waitFor();
      expect(await axeViolations(page), 'comparison').toEqual([]);

      // An old link that also shows an answering style: both notices before the score.
      const agreeing = oldLinks.links.find((link) => link.name === 'agree-with-everything')!;
      const old = await open(context, `#r=${agreeing.code}`);
      await old.locator('.edition-note').waitFor();
      await old.locator('.answering-style').waitFor();
      expect(await axeViolations(old), 'an earlier-version result with an answering style').toEqual([]);
      await context.close();
    });
  }
});
