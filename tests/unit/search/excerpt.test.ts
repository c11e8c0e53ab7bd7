import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptSegments } from '../../../src/lib/search/excerpt';

describe('decodeEntities', () => {
  test('decodes named and numeric entities', () =>
    expect(decodeEntities('a &amp; b &lt;c&gt; &#39;d&#x27;')).toBe("a & b <c> 'd'"));
  test('leaves unknown or out-of-range entities alone', () =>
    expect(decodeEntities('&bogus; &#99999999;')).toBe('&bogus; &#99999999;'));
});

describe('excerptSegments', () => {
  test('splits highlighted matches from plain text', () =>
    expect(excerptSegments('we <mark>listen</mark> first')).toEqual([
      { text: 'we ', highlighted: false },
      { text: 'listen', highlighted: true },
      { text: ' first', highlighted: false },
    ]));
  test('escaped markup in the indexed text stays text', () =>
    expect(excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<script>alert(1)</script>', highlighted: false },
    ]));
  test('any other tag is dropped', () =>
    expect(excerptSegments('a <b>bold</b> <img src=x> c')).toEqual([{ text: 'a bold  c', highlighted: false }]));
  test('never throws and always returns text segments, whatever the input', () =>
    fc.assert(
      fc.property(fc.string(), (input) => {
        const segments = excerptSegments(input);
        return segments.every((segment) => typeof segment.text === 'string' && segment.text.length > 0);
      }),
    ));
});
