import { describe, expect, test } from 'vitest';
import { dimensionIds, lessonDimensionIds } from '../../../src/data/dimensions';
import { fail, succeed } from '../../../src/lib/assessment/outcome';
import { definition } from './support';

describe('succeed', () => {
  test('wraps a value as a success', () => {
    expect(succeed(3)).toEqual({ ok: true, value: 3 });
  });
});

describe('fail', () => {
  test('wraps an error as a failure', () => {
    expect(fail({ kind: 'empty', message: 'No answers.' })).toEqual({
      ok: false,
      error: { kind: 'empty', message: 'No answers.' },
    });
  });
});

describe('lessonDimensionIds', () => {
  test('checks lessons against the assessment’s own dimensions when there is one', () => {
    expect(lessonDimensionIds(definition)).toEqual(['listening', 'timing']);
  });
  test('falls back to the brief’s seven dimensions when the content folder has no assessment', () => {
    expect(lessonDimensionIds(undefined)).toEqual(dimensionIds);
    expect(dimensionIds).toHaveLength(7);
  });
});
