import { describe, expect, test } from 'vitest';
import { pageNumbers, pagePath, pageTitle } from '../../src/lib/pagination';

describe('pageTitle', () => {
  test('the first page keeps the plain title, so links already shared read the same', () =>
    expect(pageTitle('All lessons', 1, 12)).toBe('All lessons'));
  test('later pages carry their number and the total', () =>
    expect(pageTitle('All lessons', 3, 12)).toBe('All lessons, page 3 of 12'));
});

describe('pageNumbers', () => {
  test('a short listing links every page', () => expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]));
  test('a long listing shows the ends and the neighbours, with gaps', () =>
    expect(pageNumbers(6, 101)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 101]));
  test('no gap is shown between neighbouring numbers', () =>
    expect(pageNumbers(3, 101)).toEqual([1, 2, 3, 4, 5, undefined, 101]));
  test('a single page is just itself', () => expect(pageNumbers(1, 1)).toEqual([1]));
});

describe('pagePath', () => {
  test('page one is the listing itself', () => expect(pagePath('/lessons/', 1)).toBe('/lessons/'));
  test('later pages sit under it', () => expect(pagePath('/series/weekly/', 2)).toBe('/series/weekly/2/'));
});
