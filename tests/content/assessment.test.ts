// The real self-assessment definition: valid, every reference resolves, and it fits the lessons.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content-integrity';
import { checkAssessmentReferences } from '../../src/lib/assessment/references';
import { isPublished } from '../../src/lib/publishing';
import { assessmentSchema } from '../../src/schemas/assessment';
import { readLessons } from '../support/content-files';
import { buildSite, prepareFixture, rewrite } from '../support/fixture-build';

const FILE = 'content/assessment/market-driven.yaml';
const FIXTURE = 'tests/fixtures/content/assessment/market-driven.yaml';
/** The day the site went live with the assessment: every build since must have lessons to recommend. */
const SITE_LIVE_SINCE = new Date('2026-12-02T00:00:00Z');

const parsed = assessmentSchema.safeParse(parse(readFileSync(FILE, 'utf8')));
const definition = parsed.success ? parsed.data : undefined;
const lessons = readLessons();

describe(FILE, () => {
  test('validates against the assessment schema', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  test('measures the seven dimensions lessons are tagged with', () => {
    expect(definition?.dimensions.map((dimension) => dimension.id)).toEqual([
      'timing',
      'listening',
      'relationships',
      'customer-perspective',
      'measurement',
      'mindset',
      'strategy',
    ]);
  });

  test('recommends only lessons that exist', () => {
    expect(formatProblems(checkAssessmentReferences(definition!, FILE, lessons.map((lesson) => lesson.id)))).toBe('');
  });

  test('tags every lesson only with dimensions the assessment defines', () => {
    const known = new Set(definition!.dimensions.map((dimension) => dimension.id));
    const unknown = lessons.flatMap((lesson) => lesson.data.dimensions.filter((id) => !known.has(id)).map((id) => `${lesson.file}: ${id}`));
    expect(unknown).toEqual([]);
  });

  test('recommends, for every dimension, at least one lesson published by the day the site went live', () => {
    // Publishing only adds lessons as time passes, so a lesson for every dimension on this day
    // means one for every later build too; the test's own clock plays no part.
    const now = SITE_LIVE_SINCE;
    const published = new Set(lessons.filter((lesson) => isPublished(lesson, now)).map((lesson) => lesson.id));
    const empty = definition!.dimensions.filter((dimension) => !dimension.lessons.some((slug) => published.has(slug))).map((dimension) => dimension.id);
    expect(empty).toEqual([]);
  });

  test('recommends for each dimension lessons that say they help with it', () => {
    const bySlug = new Map(lessons.map((lesson) => [lesson.id, lesson]));
    const mismatched = definition!.dimensions.flatMap((dimension) =>
      dimension.lessons.filter((slug) => !bySlug.get(slug)?.data.dimensions.includes(dimension.id)).map((slug) => `${dimension.id} → ${slug}`),
    );
    expect(mismatched).toEqual([]);
  });

  test('pairs a statement with its reverse-scored opposite in every dimension', () => {
    const reverse = new Map(definition!.questions.map((question) => [question.id, question.reverse]));
    for (const [first, second] of definition!.pairs) expect(reverse.get(first)).not.toBe(reverse.get(second));
    expect(new Set(definition!.pairs.map(([first]) => definition!.questions.find((question) => question.id === first)?.dimension)).size).toBe(
      definition!.dimensions.length,
    );
  });
});

describe(FIXTURE, () => {
  test('is a valid definition, so fixture builds get an assessment page', () => {
    expect(assessmentSchema.safeParse(parse(readFileSync(FIXTURE, 'utf8'))).success).toBe(true);
  });
});

describe('a fixture build with the assessment', () => {
  test('builds the assessment and compare pages from the fixture definition', () => {
    const build = buildSite(prepareFixture());
    expect(build.status, build.output).toBe(0);
    const page = readFileSync(join(build.outDir, 'assessment/index.html'), 'utf8');
    expect(page).toContain('Fixture statement 1 about timing.');
    expect(existsSync(join(build.outDir, 'assessment/compare/index.html'))).toBe(true);
  });

  test('fails on a recommended lesson that does not exist, naming the file, the field and the slug', () => {
    const build = buildSite(
      prepareFixture((dir) => rewrite(dir, 'assessment/market-driven.yaml', (text) => text.replace('lessons: [first-weekly]', 'lessons: [no-such-lesson]'))),
    );
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/assessment\/market-driven\.yaml: dimensions\[0\]\.lessons\[0\]: no lesson with slug "no-such-lesson"/);
  });

  test('fails on a lesson tagged with a dimension the assessment does not define', () => {
    const build = buildSite(
      prepareFixture((dir) => rewrite(dir, 'lessons/second-weekly.mdx', (text) => text.replace(/dimensions:\n {2}- listening/, 'dimensions:\n  - astrology'))),
    );
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/second-weekly\.mdx: dimensions\[0\]: unknown assessment dimension "astrology"/);
  });

  test('fails on an invalid definition, naming the field', () => {
    const build = buildSite(prepareFixture((dir) => rewrite(dir, 'assessment/market-driven.yaml', (text) => text.replace('max: 49', 'max: 48'))));
    expect(build.status, build.output).not.toBe(0);
    expect(build.output).toMatch(/market-driven/);
    expect(build.output).toMatch(/bands\.1\.min: must be 49: bands run from 0 to 100 without gaps or overlaps/);
  });
});
