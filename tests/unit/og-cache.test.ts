import { describe, expect, test } from 'vitest';
import { IN_USE_FILE, unusedImages } from '../../src/lib/og-cache';

describe('unusedImages', () => {
  test('names the images the in-use list does not, whatever their age', () => {
    expect(unusedImages(['a.png', 'b.png', 'c.png', IN_USE_FILE], 'a.png\nc.png\na.png\n')).toEqual(['b.png']);
  });

  test('an empty list leaves every image unused; files that are not images are never named', () => {
    expect(unusedImages(['a.png', 'notes.txt', IN_USE_FILE], '')).toEqual(['a.png']);
  });
});
