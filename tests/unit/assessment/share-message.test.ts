import { describe, expect, test } from 'vitest';
import { resultShareSubject } from '../../../src/lib/assessment/share-message';
import { bossMailto } from '../../../src/lib/share';

const input = {
  link: 'https://example.org/assessment/#r=2.abc.xyz',
  bandLabel: 'Starting to shift',
  overall: 48,
  meaning: 'Some habits are market-driven, most are not yet.',
  weakest: [
    { title: 'Listening', score: 25 },
    { title: 'Timing', score: 31 },
  ],
};

describe('resultShareSubject', () => {
  test('names the band and the score in the title', () =>
    expect(resultShareSubject(input).title).toBe('Our market-driven self-assessment: Starting to shift, 48/100'));
  test('lists the weakest dimensions with their scores', () =>
    expect(resultShareSubject(input).takeaways).toEqual(['Weakest: Listening (25/100)', 'Weakest: Timing (31/100)']));
  test('says which dimensions had not enough answers instead of giving them a number', () =>
    expect(resultShareSubject({ ...input, weakest: [], notEnoughAnswers: ['Measurement'] }).takeaways).toEqual([
      'Measurement: not enough answers to score',
    ]));
  test('names an answering style in the title before the score, and explains it before the meaning', () => {
    const subject = resultShareSubject({
      ...input,
      weakest: [],
      answeringStyle: 'mostly the same answer',
      caveats: ['You gave the same answer to 28 of 28 statements.'],
    });
    expect(subject.title).toBe(
      'Our market-driven self-assessment (answering style: mostly the same answer): Starting to shift, 48/100',
    );
    expect(subject.bossBrief).toBe(
      'You gave the same answer to 28 of 28 statements. Some habits are market-driven, most are not yet.',
    );
    expect(subject.takeaways).toEqual([]);
  });
  test('the e-mail keeps the result link, fragment included', () => {
    const href = bossMailto(resultShareSubject(input), { utmSource: false });
    expect(decodeURIComponent(href)).toContain('https://example.org/assessment/#r=2.abc.xyz');
    expect(decodeURIComponent(href)).toContain('Some habits are market-driven');
  });
});
