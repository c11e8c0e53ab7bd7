// Debian's Chromium through playwright-core, with the flags this closed network needs.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export { launchBrowser } from '../../support/chromium';

/** Base URL of the static server started by the global setup. */
export const baseUrl = (): string => inject('baseUrl');

/** Base URL of the fixture site the global setup built (see fixture-site.ts). */
export const fixtureBaseUrl = (): string => inject('fixtureBaseUrl');

/** The content folder the fixture site was built from. */
export const fixtureContentDir = (): string => inject('fixtureContentDir');

/** The fixture site's build folder. */
export const fixtureDist = (): string => inject('fixtureDist');

/** A fresh context (no storage) in the given colour scheme. */
export function newContext(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
}

/** Opens a path of the built site and waits until its islands have hydrated. */
export async function openHydrated(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForSelector('astro-island:not([ssr])');
  return page;
}

/** Collects page errors and console errors, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** axe violations on the current page, as readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
