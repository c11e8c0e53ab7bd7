import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../../src/lib/content-integrity';
import {
  checkAssessmentReferences,
  minutesToAnswer,
  recommendedAgendaLessons,
  recommendedLessonLinks,
  recommendedLessons,
} from '../../../src/lib/assessment/references';
import { definition } from './support';

const link = (slug: string) => ({ slug, title: `Title ${slug}`, summary: 'Summary.', href: `/lessons/${slug}/` });

describe('checkAssessmentReferences', () => {
  test('finds nothing wrong when every recommended lesson exists', () => {
    expect(checkAssessmentReferences(definition, 'a.yaml', ['listening-lesson', 'timing-lesson'])).toEqual([]);
  });

  test('names the file, the field and the missing slug for a dangling lesson', () => {
    const problems = checkAssessmentReferences(definition, 'content/assessment/market-driven.yaml', [
      'listening-lesson',
    ]);
    expect(formatProblems(problems)).toBe(
      'content/assessment/market-driven.yaml: dimensions[1].lessons[0]: no lesson with slug "timing-lesson"',
    );
  });
});

describe('recommendedLessons', () => {
  test('keeps the editor’s order and skips lessons without a page in this build', () => {
    const withTwo = { dimensions: [{ ...definition.dimensions[0]!, lessons: ['b', 'scheduled', 'a'] }] };
    expect(recommendedLessons(withTwo, [link('a'), link('b')])).toEqual({ listening: [link('b'), link('a')] });
  });

  test('gives a dimension with no published lesson an empty list', () => {
    expect(recommendedLessons(definition, [])).toEqual({ listening: [], timing: [] });
  });
});

describe('recommendedLessonLinks and recommendedAgendaLessons', () => {
  const lessons = [
    { id: 'timing-lesson', data: { title: 'On timing', summary: 'Early.', discussion: ['When?'] } },
    { id: 'unrelated', data: { title: 'Other', summary: 'No.', discussion: ['Why?'] } },
  ];
  test('link each dimension’s recommended lessons that have pages, at their lesson path', () => {
    expect(recommendedLessonLinks(definition, lessons)).toEqual({
      listening: [],
      timing: [{ slug: 'timing-lesson', title: 'On timing', summary: 'Early.', href: '/lessons/timing-lesson/' }],
    });
  });
  test('give the agenda each lesson’s discussion questions', () => {
    expect(recommendedAgendaLessons(definition, lessons).timing).toEqual([
      { slug: 'timing-lesson', title: 'On timing', href: '/lessons/timing-lesson/', discussion: ['When?'] },
    ]);
  });
});

describe('minutesToAnswer', () => {
  test.each([
    [8, 3],
    [9, 3],
    [10, 4],
  ])('promises %d statements in %d minutes, rounding up', (count, minutes) => {
    expect(minutesToAnswer({ questions: Array(count).fill(definition.questions[0]) })).toBe(minutes);
  });
});
