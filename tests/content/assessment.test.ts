// The real self-assessment definition: valid, every reference resolves, and it fits the lessons.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content-integrity';
import { checkAssessmentReferences } from '../../src/lib/assessment/references';
import { isPublished } from '../../src/lib/publishing';
import { assessmentSchema } from '../../src/schemas/assessment';
import { readLessons } from '../support/content-files';

const FILE = 'content/assessment/market-driven.yaml';
const FIXTURE = 'tests/fixtures/content/assessment/market-driven.yaml';

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

  test('recommends, for every dimension, at least one lesson that is already published', () => {
    const now = new Date();
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
