import { describe, expect, test } from 'vitest';
import { byCount, countOf } from '../../src/lib/plural';

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
