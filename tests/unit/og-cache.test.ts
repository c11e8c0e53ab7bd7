import { describe, expect, test } from 'vitest';
import { IN_USE_FILE, PARTIAL_SUFFIX, unusedImages } from '../../src/lib/og-cache';

describe('unusedImages', () => {
  test('names the images the in-use list does not, whatever their age', () => {
    expect(unusedImages(['a.png', 'b.png', 'c.png', IN_USE_FILE], 'a.png\nc.png\na.png\n')).toEqual(['b.png']);
  });

  test('a drawing left half-written by an interrupted build is always unused', () => {
    expect(unusedImages(['a.png', `a.png.41.x${PARTIAL_SUFFIX}`], 'a.png\n')).toEqual([`a.png.41.x${PARTIAL_SUFFIX}`]);
  });

  test('an empty list leaves every image unused; files that are not images are never named', () => {
    expect(unusedImages(['a.png', 'notes.txt', IN_USE_FILE], '')).toEqual(['a.png']);
  });
});
