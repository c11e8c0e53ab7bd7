import { describe, expect, test } from 'vitest';
import { formatProblems } from '../../../src/lib/content-integrity';
import { checkAssessmentReferences, recommendedLessons } from '../../../src/lib/assessment/references';
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
