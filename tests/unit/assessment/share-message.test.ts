import { describe, expect, test } from 'vitest';
import { resultShareSubject } from '../../../src/lib/assessment/share-message';
import { bossMailto } from '../../../src/lib/share';

const input = {
  link: 'https://example.org/assessment/#r=1.abc.xyz',
  bandLabel: 'Starting to shift',
  overall: 48,
  meaning: 'Some habits are market-driven, most are not yet.',
  weakest: [
    { title: 'Listening', score: 25 },
    { title: 'Measurement', score: null },
  ],
};

describe('resultShareSubject', () => {
  test('names the band and the score in the title', () =>
    expect(resultShareSubject(input).title).toBe('Our market-driven self-assessment: Starting to shift, 48/100'));
  test('lists the weakest dimensions with their scores, or says they were not answered', () =>
    expect(resultShareSubject(input).takeaways).toEqual([
      'Weakest: Listening (25/100)',
      'Weakest: Measurement (not answered)',
    ]));
  test('the e-mail keeps the result link, fragment included', () => {
    const href = bossMailto(resultShareSubject(input), { utmSource: false });
    expect(decodeURIComponent(href)).toContain('https://example.org/assessment/#r=1.abc.xyz');
    expect(decodeURIComponent(href)).toContain('Some habits are market-driven');
  });
});
