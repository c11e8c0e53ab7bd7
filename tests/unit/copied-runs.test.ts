import { describe, expect, test } from 'vitest';
import { copiedRuns, normalisedWords, withoutQuotations } from '../../src/lib/copied-runs';

const source = 'Marketing is not a department. It is a mindset which needs to reside in all areas of a company.';

describe('normalisedWords', () => {
  test('ignores case, punctuation and apostrophes', () => {
    expect(normalisedWords('The Customer’s view, point-of-view!')).toEqual([
      'the',
      'customers',
      'view',
      'point',
      'of',
      'view',
    ]);
  });
});

describe('withoutQuotations', () => {
  test('removes straight and curly quotations', () => {
    expect(withoutQuotations('a "b c" d “e f” g')).toBe('a  ¶  d  ¶  g');
  });
});

describe('copiedRuns', () => {
  test('finds an unquoted run of eight words shared with a source, whatever the case and punctuation', () => {
    expect(copiedRuns('As they say, it is a MINDSET which needs to reside, in all areas.', [source])).toEqual([
      'it is a mindset which needs to reside',
      'is a mindset which needs to reside in',
      'a mindset which needs to reside in all',
      'mindset which needs to reside in all areas',
    ]);
  });
  test('allows the same words inside quotation marks', () => {
    expect(
      copiedRuns('Re:Sourceful: “It is a mindset which needs to reside in all areas of a company.”', [source]),
    ).toEqual([]);
    expect(copiedRuns('They wrote "it is a mindset which needs to reside in all areas".', [source])).toEqual([]);
  });
  test('does not count seven shared words, or a run that crosses a quotation', () => {
    expect(copiedRuns('it is a mindset which needs to think', [source])).toEqual([]);
    expect(copiedRuns('it is a mindset "which" needs to reside in all', [source])).toEqual([]);
  });
});
