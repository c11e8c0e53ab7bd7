import { describe, expect, test } from 'vitest';
import { assessmentEditionSchema, assessmentSchema } from '../../../src/schemas/assessment';
import { cloneRaw, definition } from './support';

/** The issue messages, each prefixed with its path, for readable assertions. */
function issuesOf(input: unknown): string[] {
  const result = assessmentSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('assessmentSchema', () => {
  test('accepts a complete instrument and defaults reverse to false and pairs to none', () => {
    expect(definition.questions[0]?.reverse).toBe(false);
    const raw = cloneRaw() as Record<string, unknown>;
    delete raw.pairs;
    expect(assessmentSchema.parse(raw).pairs).toEqual([]);
  });

  test('rejects a scale that does not run 1 to 5 in order', () => {
    const raw = cloneRaw();
    raw.scale[1]!.value = 3;
    expect(issuesOf(raw)).toContain('scale.1.value: must be 2: the scale runs 1 to 5 in order');
  });

  test('rejects a question for an unknown dimension, naming the known ones', () => {
    const raw = cloneRaw();
    raw.questions[0]!.dimension = 'astrology';
    expect(issuesOf(raw)).toContain('questions.0.dimension: unknown dimension "astrology" (known: listening, timing)');
  });

  test('rejects duplicate question ids', () => {
    const raw = cloneRaw();
    raw.questions[1]!.id = 'listen-often';
    expect(issuesOf(raw)).toContain('questions.1.id: duplicate question id "listen-often"');
  });

  test('rejects a dimension with fewer than three statements', () => {
    const raw = cloneRaw();
    raw.questions = raw.questions.filter((question) => !['timing-test', 'timing-after'].includes(question.id));
    expect(issuesOf(raw)).toContain('dimensions.1.id: dimension "timing" has 2 statements; it needs 3 to 6');
  });

  test('rejects a dimension without a reverse-scored statement', () => {
    const raw = cloneRaw();
    raw.questions = raw.questions.map((question) => ({ ...question, reverse: false }));
    raw.pairs = [];
    expect(issuesOf(raw)).toContain(
      'dimensions.0.id: dimension "listening" needs at least one reverse-scored statement',
    );
  });

  test('rejects a dimension with more normal than reverse-scored statements, so answering style cannot set its score', () => {
    const raw = cloneRaw();
    raw.questions = raw.questions.filter((question) => question.id !== 'timing-after');
    expect(issuesOf(raw)).toContain(
      'dimensions.1.id: dimension "timing" has 2 normal and 1 reverse-scored statements; it needs as many of each',
    );
  });

  test('rejects a pair of two statements scored the same way', () => {
    const raw = cloneRaw();
    raw.pairs = [['listen-often', 'listen-changes']];
    expect(issuesOf(raw)).toContain(
      'pairs.0: "listen-often" and "listen-changes" are scored the same way; a pair needs one of each',
    );
  });

  test('requires the "doesn’t apply" label and the answering-style texts in the current edition', () => {
    const raw = cloneRaw() as Record<string, unknown>;
    delete raw.notApplicable;
    delete raw.answeringStyles;
    const issues = issuesOf(raw);
    expect(issues.some((issue) => issue.startsWith('notApplicable:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('answeringStyles:'))).toBe(true);
  });

  test('rejects a dimension missing the reading for a band', () => {
    const raw = cloneRaw();
    raw.dimensions[0] = {
      ...raw.dimensions[0]!,
      readings: { low: 'Low.', shifting: 'S.', aware: 'A.' } as (typeof raw.dimensions)[0]['readings'],
    };
    expect(issuesOf(raw)).toContain('dimensions.0.readings.high: missing the reading for band "high"');
  });

  test('rejects bands with a gap between them', () => {
    const raw = cloneRaw();
    raw.bands[1]!.min = 41;
    expect(issuesOf(raw)).toContain('bands.1.min: must be 40: bands run from 0 to 100 without gaps or overlaps');
  });

  test('rejects bands that stop short of 100', () => {
    const raw = cloneRaw();
    raw.bands[3]!.max = 99;
    expect(issuesOf(raw)).toContain('bands.3.max: the last band must end at 100');
  });

  test('rejects a pair that spans two dimensions or names an unknown statement', () => {
    const raw = cloneRaw();
    raw.pairs = [
      ['listen-often', 'timing-late'],
      ['timing-early', 'no-such-statement'],
    ];
    const issues = issuesOf(raw);
    expect(issues).toContain('pairs.0: "listen-often" and "timing-late" measure different dimensions');
    expect(issues).toContain('pairs.1.1: unknown question "no-such-statement"');
  });

  test('rejects a recommended lesson that is not a slug', () => {
    const raw = cloneRaw();
    raw.dimensions[0]!.lessons = ['Not A Slug'];
    expect(issuesOf(raw).some((issue) => issue.startsWith('dimensions.0.lessons.0: must be kebab-case'))).toBe(true);
  });
});

describe('assessmentEditionSchema', () => {
  test('reads an earlier edition that was not yet balanced and had no "doesn’t apply"', () => {
    const { notApplicable: _dropped, ...raw } = cloneRaw();
    raw.questions = raw.questions.filter((question) => question.id !== 'timing-after');
    const parsed = assessmentEditionSchema.safeParse({ ...raw, scoring: 'pooled' });
    expect(parsed.success).toBe(true);
  });

  test('still checks everything else, such as unknown dimensions', () => {
    const raw = cloneRaw();
    raw.questions[0]!.dimension = 'astrology';
    expect(assessmentEditionSchema.safeParse(raw).success).toBe(false);
  });
});
