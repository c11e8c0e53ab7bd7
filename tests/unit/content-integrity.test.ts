import { describe, expect, test } from 'vitest';
import { checkLessonReferences, formatProblems, type CheckedLesson } from '../../src/lib/content-integrity';

const lesson = (id: string, data: Partial<CheckedLesson['data']> = {}): CheckedLesson => ({
  id,
  file: `content/lessons/${id}.mdx`,
  data: { episode: 1, series: 'weekly', topics: ['listening'], related: [], dimensions: [], ...data },
});
const known = { series: ['weekly', 'golden-rules'], topics: ['listening', 'strategy'], dimensions: ['timing'] };

describe('checkLessonReferences', () => {
  test('finds nothing wrong with consistent lessons', () => {
    const lessons = [
      lesson('a', { related: ['b'] }),
      lesson('b', { episode: 2, dimensions: ['timing'] }),
      lesson('c', { series: 'golden-rules' }),
    ];
    expect(checkLessonReferences(lessons, known)).toEqual([]);
  });

  test('names the second file that reuses an episode number in the same series', () => {
    const problems = checkLessonReferences([lesson('a'), lesson('b')], known);
    expect(problems).toEqual([
      {
        file: 'content/lessons/b.mdx',
        field: 'episode',
        reason: 'episode 1 of series "weekly" is already used by content/lessons/a.mdx',
      },
    ]);
  });

  test('allows the same episode number in different series', () =>
    expect(checkLessonReferences([lesson('a'), lesson('b', { series: 'golden-rules' })], known)).toEqual([]));

  test('reports an unknown series, topic and dimension with the field index', () => {
    const problems = checkLessonReferences(
      [lesson('a', { series: 'monthly', topics: ['listening', 'astrology'], dimensions: ['vibes'] })],
      known,
    );
    expect(problems.map((p) => p.field)).toEqual(['series', 'topics[1]', 'dimensions[0]']);
    expect(problems[1]?.reason).toContain('unknown topic "astrology"');
  });

  test('reports a dangling related lesson and a lesson related to itself', () => {
    const problems = checkLessonReferences([lesson('a', { related: ['ghost', 'a'] })], known);
    expect(problems.map((p) => `${p.field}: ${p.reason}`)).toEqual([
      'related[0]: no lesson with slug "ghost"',
      'related[1]: a lesson cannot be related to itself',
    ]);
  });

  test('skips the dimension check when no dimensions are known', () =>
    expect(
      checkLessonReferences([lesson('a', { dimensions: ['anything'] })], { series: ['weekly'], topics: ['listening'] }),
    ).toEqual([]));
});

describe('formatProblems', () => {
  test('writes one "file: field: reason" line per problem', () =>
    expect(
      formatProblems([
        { file: 'f.mdx', field: 'episode', reason: 'r' },
        { file: 'g.mdx', field: 'series', reason: 's' },
      ]),
    ).toBe('f.mdx: episode: r\ng.mdx: series: s'));
});
