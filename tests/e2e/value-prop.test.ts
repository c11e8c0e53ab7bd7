// The value-proposition builder in a browser: keyboard-only steps, reload, worked examples, the
// language check, share links, JSON round trip, bad links, bad files and bad storage, print
// and accessibility in both colour schemes (tests/e2e/budgets.test.ts holds the page's JavaScript budget).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Draft } from '../../src/lib/value-prop/draft';
import type { FieldId } from '../../src/lib/value-prop/fields';
import { BACKUP_KEY, parseStoredDrafts, STORAGE_KEY } from '../../src/lib/value-prop/storage';
import { axeViolations, collectErrors, launchBrowser, newContext, openHydrated } from './support/browser';

/** Long enough for every autosave and cross-tab timer to have fired many times over. */
const TEN_SECONDS_MS = 10_000;

const ANSWERS = {
  primaryCustomer: 'owners of independent bike shops',
  secondaryCustomers: 'their bookkeeper',
  productName: 'Shelfcount',
  job: 'need an accurate stock count every quarter',
  pains: 'counting stock means closing for a day',
  gains: 'they open on Monday knowing what to reorder',
  category: 'stock-counting app',
  alternative: 'a clipboard count on paper',
  benefit: 'turns a day-long count into 45 minutes',
  proof: 'In a pilot with 12 shops, a count took 41 minutes',
  difference: 'needs no scanner and no closing day',
};
const STATEMENT =
  'For owners of independent bike shops who need an accurate stock count every quarter, Shelfcount is a stock-counting app that turns a day-long count into 45 minutes. Unlike a clipboard count on paper, Shelfcount needs no scanner and no closing day.';
const STEP_FIELDS: (keyof typeof ANSWERS)[][] = [
  ['primaryCustomer', 'secondaryCustomers'],
  ['productName', 'job', 'pains', 'gains'],
  ['category', 'alternative'],
  ['benefit', 'proof', 'difference'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const open = (context: BrowserContext, hash = ''): Promise<Page> => openHydrated(context, `/value-proposition/${hash}`);

/** Presses Tab until the element with `id` has focus, so the test follows the real focus order. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Tab until a button with this text has focus. */
async function tabToButton(page: Page, text: RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : null,
    );
    if (focused && text.test(focused)) return;
  }
  throw new Error(`Tab never reached a button matching ${text}`);
}

const statement = async (page: Page) => ((await page.getByTestId('vp-positioning').textContent()) ?? '').trim();
const exampleButton = (page: Page, title: string) =>
  page.getByRole('button', { name: new RegExp(`^Load this example\\W+${title}`) });
const stepButton = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name });

/** Opens the step that holds a field and fills it. */
async function fillField(page: Page, field: keyof typeof ANSWERS, value: string): Promise<void> {
  const step = STEP_FIELDS.findIndex((fields) => fields.includes(field));
  await stepButton(page, new RegExp(`Step ${step + 1}:`)).click();
  await page.locator(`#vp-field-${field}`).fill(value);
}

/** Fills every field by clicking (for tests that are not about the keyboard). */
async function fillAll(page: Page, answers: Partial<typeof ANSWERS> = ANSWERS): Promise<void> {
  for (const [index, fields] of STEP_FIELDS.entries()) {
    await stepButton(page, new RegExp(`Step ${index + 1}:`)).click();
    for (const field of fields)
      if (answers[field] !== undefined) await page.locator(`#vp-field-${field}`).fill(answers[field]);
  }
}

/** Waits until autosave has stored drafts for which `holds` is true (it writes shortly after each change). */
async function saved(page: Page, holds: (drafts: Draft[]) => boolean): Promise<void> {
  const stored = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await expect.poll(async () => holds(parseStoredDrafts(await stored()).drafts)).toBe(true);
}

describe('the value-proposition builder', () => {
  test('keyboard only: every step filled, the statement appears, and a reload keeps it', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const errors = collectErrors(page);
    for (const [index, fields] of STEP_FIELDS.entries()) {
      for (const field of fields) {
        await tabTo(page, `vp-field-${field}`);
        await page.keyboard.type(ANSWERS[field]);
      }
      await tabToButton(page, index === STEP_FIELDS.length - 1 ? /See your value proposition/ : /^Next/);
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.id);
      expect(focused).toBe(index === STEP_FIELDS.length - 1 ? 'vp-output-title' : 'vp-step-title');
    }
    expect(await statement(page)).toBe(STATEMENT);
    expect(await page.locator('.vp-headline').innerText()).toBe('Turns a day-long count into 45 minutes');
    expect(await page.locator('.vp-gap').count()).toBe(0);

    await saved(page, (drafts) =>
      drafts.some((draft) =>
        Object.entries(ANSWERS).every(([field, value]) => draft.fields[field as FieldId] === value),
      ),
    );
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => statement(page)).toBe(STATEMENT);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a second tab follows the first, and two tabs on different drafts settle instead of overwriting each other', async () => {
    const context = await newContext(browser);
    const first = await open(context);
    await fillField(first, 'productName', 'Two tabs');
    await first.getByRole('button', { name: 'New draft' }).click();
    await saved(
      first,
      (drafts) => drafts.length === 2 && drafts.some((draft) => draft.fields.productName === 'Two tabs'),
    );
    const second = await open(context);
    await second.locator('#vp-draft-select').selectOption({ label: 'Untitled draft' });
    await fillField(second, 'productName', 'Two tabs, edited in the second');
    await first.locator('#vp-draft-select').selectOption({ label: 'Untitled draft' });
    await expect.poll(() => statement(first)).toContain('Two tabs, edited in the second');
    // A fake clock from here on: ten seconds of both tabs' timers run at once, so a loop of the
    // tabs answering each other's saves would show as changes between the two snapshots.
    await context.clock.install();
    await first.locator('#vp-draft-select').selectOption({ label: 'Untitled draft (2)' });
    await first.clock.runFor(TEN_SECONDS_MS);
    const snapshot = () => first.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    const before = await snapshot();
    await first.clock.runFor(TEN_SECONDS_MS);
    expect(await snapshot()).toBe(before);
    await context.close();
  });

  test('missing answers show as labelled gaps, not broken sentences', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await page.locator('#vp-field-primaryCustomer').fill('owners of bike shops');
    expect(await statement(page)).toMatch(/^For owners of bike shops who \(missing: their job\)/);
    expect(await page.getByTestId('vp-positioning').innerText()).not.toMatch(/\bwho ,/);
    expect(await page.locator('[data-testid=vp-positioning] .vp-gap').count()).toBe(7); // the product name appears twice
    await context.close();
  });

  test('a worked example loads in one click, as a new draft', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await exampleButton(page, 'A regional broadband provider').click();
    await expect
      .poll(() => statement(page))
      .toMatch(/^For dales farm shops who take card payments, Dalewire is a broadband provider/);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Loaded the worked example as a new draft/);
    expect(await page.locator('#vp-draft-select option').count()).toBe(2);
    await context.close();
  });

  test('the language check flags “we are a world-class innovative solution” and links the field and the lesson', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await stepButton(page, /Step 4:/).click();
    await page.locator('#vp-field-benefit').fill('we are a world-class innovative solution');
    const check = page.getByRole('region', { name: 'Customer’s-eye check' });
    const text = await check.innerText();
    for (const flagged of ['“we”', '“world-class”', '“innovative”', '“solution”']) expect(text).toContain(flagged);
    for (const rule of ['Company-centric wording', 'Empty superlative', 'Jargon']) expect(text).toContain(rule);
    // Findings also sit under the field itself, read out with it.
    const describedBy = await page.locator('#vp-field-benefit').getAttribute('aria-describedby');
    expect(describedBy).toContain('vp-field-benefit-findings');
    // Each finding links to the lesson that explains its rule, and can take you to the field.
    expect(
      await check
        .getByRole('link', { name: /See It Through Your Customer's Eyes/ })
        .first()
        .getAttribute('href'),
    ).toBe('/lessons/see-it-through-your-customers-eyes/');
    await stepButton(page, /Step 1:/).click();
    await check.getByRole('button', { name: 'Key benefit' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('vp-field-benefit');
    await context.close();
  });

  test('a share link opens as a copy in a fresh browser, without touching the recipient’s drafts', async () => {
    const sender = await newContext(browser);
    const page = await open(sender);
    await fillAll(page);
    await page.getByRole('button', { name: 'Create share link' }).click();
    const link = await page.locator('#vp-share-url').inputValue();
    expect(link).toMatch(/\/value-proposition\/#d=v1\.[A-Za-z0-9_-]+$/);
    // The e-mail carries the positioning statement and the same link.
    const mailto = decodeURIComponent(
      (await page.getByRole('link', { name: 'E-mail this draft' }).getAttribute('href')) ?? '',
    );
    expect(mailto).toContain(link);
    expect(mailto).toMatch(/For .+ who/);
    await sender.close();

    const recipient = await newContext(browser);
    const own = await open(recipient);
    await own.locator('#vp-draft-name').fill('My own draft');
    await fillField(own, 'primaryCustomer', 'my own customers');
    await saved(own, (drafts) =>
      drafts.some((draft) => draft.name === 'My own draft' && draft.fields.primaryCustomer === 'my own customers'),
    );
    await own.close();

    const shared = await recipient.newPage();
    await shared.goto(link);
    await shared.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => statement(shared)).toBe(STATEMENT);
    expect(await shared.getByRole('status').innerText()).toMatch(/Opened the shared draft as a new copy/);
    expect(new URL(shared.url()).hash).toBe('');
    const names = await shared.locator('#vp-draft-select option').allInnerTexts();
    expect(names).toEqual(['My own draft', 'Untitled draft (shared copy)']);
    await shared.locator('#vp-draft-select').selectOption({ label: 'My own draft' });
    expect(await statement(shared)).toMatch(/^For my own customers who/);
    await recipient.close();
  });

  test('a tampered link shows a message and the builder starts clean, keeping saved drafts', async () => {
    const context = await newContext(browser);
    const first = await open(context);
    await fillField(first, 'productName', 'Kept safe');
    await saved(first, (drafts) => drafts.some((draft) => draft.fields.productName === 'Kept safe'));
    await first.close();
    const page = await open(context, '#d=v1.eJzLSM3JyQcABiwCFQ-tampered');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/damaged or incomplete.*Your own drafts are unchanged/s);
    expect(await page.locator('#vp-draft-select option').count()).toBe(1);
    expect(await statement(page)).toContain('Kept safe');
    const huge = await open(context, `#d=v1.${'A'.repeat(20_000)}`);
    await expect.poll(() => huge.getByRole('alert').innerText()).toMatch(/too long/);
    await context.close();
  });

  test('export JSON then import it reproduces the draft as a new one; garbage and huge files are refused', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await fillAll(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('untitled-draft.json');

    await page.locator('#vp-import-file').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toMatch(/Imported “Untitled draft \(2\)” as new draft/);
    expect(await page.locator('#vp-draft-select option').count()).toBe(2);
    expect(await page.locator('#vp-draft-select').inputValue()).not.toBe(
      await page.locator('#vp-draft-select option').first().getAttribute('value'),
    );
    expect(await statement(page)).toBe(STATEMENT);

    await page
      .locator('#vp-import-file')
      .setInputFiles({ name: 'garbage.json', mimeType: 'application/json', buffer: Buffer.from('{ this is garbage') });
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/not valid JSON/);
    await page
      .locator('#vp-import-file')
      .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5_000_000, 32) });
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/too large/);
    expect(await page.locator('#vp-draft-select option').count()).toBe(2);
    await context.close();
  });

  test('Markdown export and plain-text copy carry the statement', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await open(context);
    await fillAll(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('## Positioning statement');
    expect(markdown).toContain('Shelfcount is a stock-counting app');
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(STATEMENT);
    await context.close();
  });

  test('drafts can be duplicated, renamed, compared side by side, deleted and restored', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await fillAll(page);
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.locator('#vp-draft-name').fill('Shorter');
    await stepButton(page, /Step 4:/).click();
    await page.locator('#vp-field-benefit').fill('counts stock in 20 minutes');
    const compare = page.getByRole('region', { name: 'Compare two drafts' });
    await compare.getByLabel('First draft').selectOption({ label: 'Untitled draft' });
    await compare.getByLabel('Second draft').selectOption({ label: 'Shorter' });
    const headline = compare.getByRole('row', { name: /^Headline/ });
    expect(await headline.innerText()).toMatch(/Turns a day-long count into 45 minutes\s+Counts stock in 20 minutes/);
    expect(await compare.getByRole('row', { name: /^Primary customer \(same\)/ }).count()).toBe(1);

    await page.getByRole('button', { name: /^Delete/ }).click();
    expect(await page.locator('#vp-draft-select option').allInnerTexts()).toEqual(['Untitled draft']);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('#vp-draft-select option').allInnerTexts()).toEqual(['Untitled draft', 'Shorter']);
    await context.close();
  });

  test('corrupt storage is reported and backed up, and the builder still works', async () => {
    const context = await newContext(browser);
    await context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, '{"version":1,"drafts":[{"broken":');
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY],
    );
    const page = await open(context);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/could not be read/);
    expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(
      '{"version":1,"drafts":[{"broken":',
    );
    await fillField(page, 'productName', 'Still works');
    expect(await statement(page)).toContain('Still works');
    await context.close();
  });

  test('unavailable or full storage is explained and the work in the page is kept', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await open(context);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/not letting the page save drafts/);
    await fillField(page, 'productName', 'In memory');
    expect(await statement(page)).toContain('In memory');
    await context.close();

    const full = await newContext(browser);
    await full.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    const fullPage = await open(full);
    await fillField(fullPage, 'productName', 'Not saved');
    await expect.poll(() => fullPage.getByRole('alert').innerText()).toMatch(/storage is full/);
    expect(await statement(fullPage)).toContain('Not saved');
    await full.close();
  });

  test('text is rendered as text, never as markup', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    const errors = collectErrors(page);
    await fillField(page, 'productName', '<img src=x onerror="window.__pwned=1">');
    expect(await statement(page)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.locator('.vp-output img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('prints a one-page canvas with the outputs and the four rules', async () => {
    const context = await newContext(browser);
    const page = await open(context);
    await fillAll(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.vp-canvas').isVisible()).toBe(true);
    expect(await page.locator('.vp-stepper').isVisible()).toBe(false);
    expect(await page.locator('.vp-canvas').innerText()).toContain(STATEMENT);
    // The longest worked example still fits one page on A4 and on Letter.
    await page.emulateMedia({ media: 'screen' });
    await exampleButton(page, 'A two-person pottery studio').click();
    await page.emulateMedia({ media: null });
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, format).toBe(1);
    }
    await context.close();
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on any step, the output, the check and compare (${colorScheme})`, async () => {
      const context = await newContext(browser, { colorScheme });
      const page = await open(context);
      expect(await axeViolations(page)).toEqual([]);
      // The weak before version fills the check with findings and adds a second draft for compare.
      await page.getByRole('button', { name: /^Load the before version\W+A software start-up/ }).click();
      await page.getByRole('button', { name: /Show all/ }).click();
      await page.getByRole('button', { name: 'Create share link' }).click();
      for (const step of [1, 2, 3, 4]) {
        await stepButton(page, new RegExp(`Step ${step}:`)).click();
        for (const details of await page.locator('.vp-step details').all())
          await details.evaluate((element) => element.setAttribute('open', ''));
        expect(await axeViolations(page), `step ${step}`).toEqual([]);
      }
      await context.close();
    });
  }

  test('a phone-sized screen has no violations either', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await open(context);
    await exampleButton(page, 'A two-person pottery studio').click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
