// Byte budgets on the built site (gzip), so pages stay fast as the archive grows.
// Budgets are named constants: raise one only with a reason in the commit message.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtLessons, distDir } from './support/site-under-test';

const DIST = distDir();
/** A 5-minute lesson with its chrome fits in a few round trips on a slow phone connection. */
const LESSON_HTML_BUDGET = 16_000;
/** All the site's CSS files together; our design system is small by intent. */
const CSS_BUDGET = 12_000;
/**
 * The CSS one page loads: its stylesheet files (the print one too) and the small stylesheets Astro inlines into its
 * HTML. The heaviest, the assessment page, measured 8.1 KB (6.7 KB linked, 1.4 KB inline).
 */
const PAGE_CSS_BUDGET = 10_000;
/**
 * What a lesson page runs on load: the search dialog's opener and the stubs that load the share
 * panel and the read mark when they come near. Search itself, and the rest, load on use.
 */
const LESSON_JS_BUDGET = 3 * 1024;
/**
 * What a tool page loads: its scripts and every island it hydrates, runtime included.
 * The builder's is issue 17's target; Preact (through preact/compat) gives it about 42 KB, React
 * 19 gave 100. The assessment pages measure 28–33 KB; their budget leaves about 10%.
 */
const BUILDER_JS_BUDGET = 80 * 1024;
const ASSESSMENT_JS_BUDGET = 36 * 1024;
const TOOL_JS_BUDGETS = [
  { route: 'value-proposition', budget: BUILDER_JS_BUDGET },
  { route: 'assessment', budget: ASSESSMENT_JS_BUDGET },
  { route: 'assessment/workshop', budget: ASSESSMENT_JS_BUDGET },
  { route: 'assessment/compare', budget: ASSESSMENT_JS_BUDGET },
];
/** The archive's first page, whatever the archive's size: it is paginated (and 5,000 lessons in the bench). */
const ARCHIVE_HTML_BUDGET = 30_000;

const gzipSize = (path: string): number => gzipSync(readFileSync(path)).length;
const lesson = builtLessons().published[0]!;
const lessonHtmlPath = join(DIST, 'lessons', lesson.id, 'index.html');
const lessonHtml = readFileSync(lessonHtmlPath, 'utf8');

/** Local files a page loads with <script src> or <link rel=stylesheet>, and their imports. */
function pageAssets(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => join(DIST, match[1]!));
}
/**
 * The gzipped bytes of a page's inline scripts, its script files and its islands, with their
 * static imports, and with `onUse` also what they import dynamically.
 */
function pageJsBytes(html: string, { onUse = false } = {}): number {
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((match) => match[1] ?? '')
    .join('');
  const files = withImports(
    [
      ...pageAssets(html, /<script[^>]+src="(\/[^"]+\.js)"/g),
      ...pageAssets(html, /<astro-island[^>]+component-url="(\/[^"]+\.js)"/g),
      ...pageAssets(html, /<astro-island[^>]+renderer-url="(\/[^"]+\.js)"/g),
    ],
    onUse,
  );
  return gzipSync(inline).length + files.reduce((sum, file) => sum + gzipSize(file), 0);
}
/** The files and their static imports (what loads with the page), and with `dynamic` what loads on use too. */
function withImports(files: string[], dynamic: boolean): string[] {
  const imports = dynamic
    ? /(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g
    : /(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(imports)) {
      visit(join(file, '..', match[1]!));
    }
  };
  files.forEach(visit);
  return [...seen];
}

describe('byte budgets (gzip)', () => {
  test(`a lesson page's HTML is under ${LESSON_HTML_BUDGET} bytes`, () => {
    expect(gzipSize(lessonHtmlPath)).toBeLessThan(LESSON_HTML_BUDGET);
  });

  test(`the archive's first page is under ${ARCHIVE_HTML_BUDGET} bytes of HTML`, () => {
    expect(gzipSize(join(DIST, 'lessons', 'index.html'))).toBeLessThan(ARCHIVE_HTML_BUDGET);
  });

  test(`all CSS together is under ${CSS_BUDGET} bytes`, () => {
    const cssDir = join(DIST, '_astro');
    const css = readdirSync(cssDir).filter((name) => name.endsWith('.css'));
    const total = css.reduce((sum, name) => sum + gzipSize(join(cssDir, name)), 0);
    expect(total).toBeLessThan(CSS_BUDGET);
  });

  test.each(['', 'lessons/', `lessons/${lesson.id}/`, ...TOOL_JS_BUDGETS.map(({ route }) => `${route}/`), 'search/'])(
    `/%s loads under ${PAGE_CSS_BUDGET} bytes of CSS, its files (print included) and its inline styles together`,
    (route) => {
      const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
      const files = pageAssets(html, /<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g);
      const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
      expect(files.length).toBeGreaterThan(0);
      const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0) + gzipSync(inline.join('')).length;
      expect(bytes).toBeLessThan(PAGE_CSS_BUDGET);
    },
  );

  test(`a lesson page's JavaScript on load is under ${LESSON_JS_BUDGET} bytes, inline and loaded`, () => {
    expect(pageJsBytes(lessonHtml)).toBeLessThan(LESSON_JS_BUDGET);
  });

  test.each(TOOL_JS_BUDGETS)(
    '/$route/ runs under $budget bytes of JavaScript, runtime and code loaded on use included',
    ({ route, budget }) => {
      const html = readFileSync(join(DIST, route, 'index.html'), 'utf8');
      expect(html).toContain('<astro-island');
      // Everything the tool can load counts, what it loads on use as well as on load.
      expect(pageJsBytes(html, { onUse: true })).toBeLessThan(budget);
    },
  );

  test('the built site has no empty files', () => {
    const empty: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        const stats = statSync(path);
        if (stats.isDirectory()) walk(path);
        else if (stats.size === 0) empty.push(path);
      }
    };
    walk(DIST);
    expect(empty).toEqual([]);
  });
});
