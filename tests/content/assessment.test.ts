// The real self-assessment definition: valid, every reference resolves, and it fits the lessons.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content-integrity';
import { checkAssessmentReferences } from '../../src/lib/assessment/references';
import { isPublished } from '../../src/lib/publishing';
import { findContradictions } from '../../src/lib/assessment/score';
import { assessmentEditionSchema, assessmentSchema } from '../../src/schemas/assessment';
import { readLessons } from '../support/content-files';
import { buildSite, prepareFixture, rewrite } from '../support/fixture-build';

const FILE = 'content/assessment/market-driven.yaml';
const FIXTURE = 'tests/fixtures/content/assessment/market-driven.yaml';
/** The day the site went live with the assessment: every build since must have lessons to recommend. */
const SITE_LIVE_SINCE = new Date('2026-12-02T00:00:00Z');
const EARLIER = 'content/assessment/earlier/market-driven-v1.yaml';

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

  test('balances every dimension: as many reverse-scored statements as normal ones', () => {
    const unbalanced = definition!.dimensions.filter((dimension) => {
      const own = definition!.questions.filter((question) => question.dimension === dimension.id);
      return own.filter((question) => question.reverse).length * 2 !== own.length;
    });
    expect(unbalanced.map((dimension) => dimension.id)).toEqual([]);
  });

  test('defines "we" in the introduction, and every statement speaks of the team or the company', () => {
    expect(definition!.intro).toMatch(/"We" and "our team" mean/);
    const unclear = definition!.questions.filter((question) => /\bhere\b/i.test(question.statement));
    expect(unclear.map((question) => question.id)).toEqual([]);
  });

  test('gives bands labels a reader can tell apart at a glance: each starts with a different word', () => {
    const firstWords = definition!.bands.map((band) => band.label.split(/[\s-]/)[0]!.toLowerCase());
    expect(new Set(firstWords).size).toBe(definition!.bands.length);
  });

  test('keeps the market-driven vs marketing-driven framing in what the bands mean', () => {
    const framed = definition!.bands.filter((band) => !/market(ing)?-driven/i.test(band.meaning));
    expect(framed.map((band) => band.id)).toEqual([]);
  });

  test('uses no leading words in a statement', () => {
    const leading = /\b(real|really|honest|truly|right customers|real time|genuinely|obviously)\b/i;
    expect(definition!.questions.filter((question) => leading.test(question.statement)).map((question) => question.id)).toEqual([]);
  });

  test('keeps every question id edition 1 used for the same statement direction, so saved answers carry over only where they mean the same', () => {
    const v1 = assessmentEditionSchema.parse(parse(readFileSync(EARLIER, 'utf8')));
    const changedDirection = definition!.questions.filter((question) => {
      const before = v1.questions.find((item) => item.id === question.id);
      return before && (before.reverse !== question.reverse || before.dimension !== question.dimension);
    });
    expect(changedDirection.map((question) => question.id)).toEqual([]);
  });

  test('pairs a statement with its reverse-scored opposite in every dimension', () => {
    const reverse = new Map(definition!.questions.map((question) => [question.id, question.reverse]));
    for (const [first, second] of definition!.pairs) expect(reverse.get(first)).not.toBe(reverse.get(second));
    expect(new Set(definition!.pairs.map(([first]) => definition!.questions.find((question) => question.id === first)?.dimension)).size).toBe(
      definition!.dimensions.length,
    );
  });
});

/**
 * Every contradiction pair, with why the two statements cannot both be true. A pair is flagged when
 * someone agrees with both, so a pair that could honestly both be true would accuse a consistent
 * respondent of contradicting themselves. Adding a pair to the YAML means adding its reason here.
 */
const PAIRS_AND_WHY: [string, string, string][] = [
  [
    'timing-research-first',
    'timing-learn-after-launch',
    'the same moment, who the buyers are, is placed usually before the build is committed and usually only after launch',
  ],
  [
    'listening-changed-decision',
    'listening-nothing-changed',
    'over the same three months, something changed a decision and nothing did',
  ],
  [
    'relationships-opted-in',
    'relationships-unasked-contacts',
    'the same list cannot be mostly people who asked and mostly people added without being asked',
  ],
  [
    'perspective-customer-words',
    'perspective-internal-names',
    'the team cannot describe the product in its customers’ words while mostly using its own terms rather than theirs',
  ],
  [
    'measurement-customers-stay',
    'measurement-reach',
    'a campaign is judged mainly by one thing: customers still there months later, or impressions and clicks, not both',
  ],
  [
    'mindset-everyone-owns',
    'mindset-one-department',
    'looking after customers cannot be part of everyone’s job and the marketing department’s job alone',
  ],
  [
    'strategy-segment-first',
    'strategy-anyone-might-buy',
    'a plan starts from a specific group of customers or is aimed at anyone who might buy',
  ],
];

describe(`${FILE}: contradiction pairs`, () => {
  test('are exactly the pairs listed here with their reasons', () => {
    expect(definition!.pairs).toEqual(PAIRS_AND_WHY.map(([first, second]) => [first, second]));
  });

  test.each(PAIRS_AND_WHY)('"%s" and "%s" cannot both be true: %s', (first, second) => {
    const a = definition!.questions.find((question) => question.id === first);
    const b = definition!.questions.find((question) => question.id === second);
    expect(a?.dimension).toBe(b?.dimension);
    expect(a?.reverse).not.toBe(b?.reverse);
    // Agreeing strongly with both is flagged; agreeing with one and disagreeing with the other is not.
    expect(findContradictions(definition!, { [first]: 5, [second]: 5 })).toHaveLength(1);
    expect(findContradictions(definition!, { [first]: 5, [second]: 1 })).toHaveLength(0);
  });
});

describe(EARLIER, () => {
  test('is a valid edition with a lower version than the current one', () => {
    const parsed = assessmentEditionSchema.safeParse(parse(readFileSync(EARLIER, 'utf8')));
    expect(parsed.success).toBe(true);
    expect(parsed.success && parsed.data.version).toBeLessThan(definition!.version);
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
