import { describe, expect, test } from 'vitest';
import { dimensionIds, lessonDimensionIds } from '../../../src/data/dimensions';
import { definition } from './support';

describe('lessonDimensionIds', () => {
  test('checks lessons against the assessment’s own dimensions when there is one', () => {
    expect(lessonDimensionIds(definition)).toEqual(['listening', 'timing']);
  });
  test('falls back to the brief’s seven dimensions when the content folder has no assessment', () => {
    expect(lessonDimensionIds(undefined)).toEqual(dimensionIds);
    expect(dimensionIds).toHaveLength(7);
  });
});
