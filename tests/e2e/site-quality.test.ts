// Whole-site gates over the built output: valid HTML on every page and no broken internal
// links or assets. No browser needed; these read dist/ as a static host would serve it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';

const DIST = process.env['E2E_DIST'] ?? 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** True when a site path resolves to a file the static host would serve. */
function resolves(pathname: string): boolean {
  const path = join(DIST, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return true;
  return existsSync(join(path, 'index.html'));
}

const pages = htmlFiles(DIST);
/**
 * Astro's island bootstrap writes this exact <style> beside the first island, inside <body>.
 * It is Astro's, not ours, and browsers apply it everywhere; only this snippet is exempted.
 */
const ASTRO_ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('the built site', () => {
  test('has pages', () => expect(pages.length).toBeGreaterThan(10));

  test('every page is valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8').replace(ASTRO_ISLAND_STYLE, '');
      const report = await validator.validateString(html, page);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(
            `${relative(DIST, page)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and asset resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const target = match[1]!;
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        if (!resolves(target)) broken.push(`${relative(DIST, page)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
