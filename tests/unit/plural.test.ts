import { describe, expect, test } from 'vitest';
import { andList, byCount, countOf, listOf } from '../../src/lib/plural';

describe('byCount', () => {
  test('exactly one takes the "one" form, every other count the "other" form', () => {
    const forms = { one: 'it is', other: 'they are' };
    expect([1, 0, 2].map((count) => byCount(count, forms))).toEqual(['it is', 'they are', 'they are']);
  });
});

describe('countOf', () => {
  test('puts the count before the noun form that fits it', () => {
    const drafts = { one: 'draft', other: 'drafts' };
    expect([1, 3, 0].map((count) => countOf(count, drafts))).toEqual(['1 draft', '3 drafts', '0 drafts']);
  });
});

describe('listOf', () => {
  test('separates items with commas and adds no "and"', () => {
    expect([['a'], ['a', 'b'], ['a', 'b', 'c'], []].map(listOf)).toEqual(['a', 'a, b', 'a, b, c', '']);
  });
});

describe('andList', () => {
  test('joins two items with "and" and more with commas and a final "and"', () => {
    expect([['a'], ['a', 'b'], ['a', 'b', 'c']].map(andList)).toEqual(['a', 'a and b', 'a, b, and c']);
  });
});
