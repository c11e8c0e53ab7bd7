import { describe, expect, test } from 'vitest';
import { andListOf, byCount, countOf } from '../../src/lib/plural';

describe('byCount', () => {
  test('exactly one takes the "one" form, every other count the "other" form', () => {
    const forms = { one: 'it is', other: 'they are' };
    expect(byCount(1, forms)).toBe('it is');
    expect(byCount(0, forms)).toBe('they are');
    expect(byCount(2, forms)).toBe('they are');
  });
});

describe('countOf', () => {
  test('puts the count before the noun form that fits it', () => {
    const drafts = { one: 'draft', other: 'drafts' };
    expect(countOf(1, drafts)).toBe('1 draft');
    expect(countOf(3, drafts)).toBe('3 drafts');
    expect(countOf(0, drafts)).toBe('0 drafts');
  });
});

describe('andListOf', () => {
  test('reads one, two and more items as an English list', () => {
    expect(andListOf(['a'])).toBe('a');
    expect(andListOf(['a', 'b'])).toBe('a and b');
    expect(andListOf(['a', 'b', 'c'])).toBe('a, b, and c');
  });
});
