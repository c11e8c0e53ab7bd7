import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { graphemes, truncateText } from '../../../src/lib/text-fit';

describe('truncateText', () => {
  test('leaves text that fits untouched (apart from spacing)', () => {
    expect(truncateText('  Listen   first ', 20)).toBe('Listen first');
  });
  test('cuts at a word boundary and ends in an ellipsis', () => {
    expect(truncateText('Listen first, then build what people want', 20)).toBe('Listen first, then…');
  });
  test('never splits an emoji with a skin tone or joiner', () => {
    const text = `${'a'.repeat(8)}👩🏽‍💻👩🏽‍💻👩🏽‍💻`;
    const cut = truncateText(text, 10);
    expect(cut).toBe(`${'a'.repeat(8)}👩🏽‍💻…`);
  });
  test('any text is cut to at most the limit in graphemes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        expect(graphemes(truncateText(text, max)).length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
