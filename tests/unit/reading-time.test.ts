import { describe, expect, test } from 'vitest';
import {
  countWords,
  formatProblem,
  plainTextFromMdx,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('plainTextFromMdx', () => {
  test('drops imports, tags, code and image syntax but keeps link text', () => {
    const text = plainTextFromMdx(
      "import X from './x'\n<Aside>hi</Aside>\n![alt](a.png) [read this](/x/)\n```js\ncode here\n```",
    );
    expect(text).not.toMatch(/import|Aside|png|code here/);
    expect(text).toContain('read this');
  });
});

describe('countWords', () => {
  test('counts words, not punctuation or heading marks', () =>
    expect(countWords("## Hello there\n\nIt's a *fine* day — really.")).toBe(7));
  test('an empty body has no words', () => expect(countWords('')).toBe(0));
});

describe('readingMinutes', () => {
  test('rounds up to whole minutes', () => expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2));
  test('is at least one minute', () => expect(readingMinutes('')).toBe(1));
});

describe('formatProblem', () => {
  test('accepts a body between two and five minutes', () =>
    expect(formatProblem(words(WORDS_PER_MINUTE * 3))).toBeUndefined());
  test('accepts the exact edges of the format', () => {
    expect(formatProblem(words(WORDS_PER_MINUTE * 2))).toBeUndefined();
    expect(formatProblem(words(WORDS_PER_MINUTE * 5))).toBeUndefined();
  });
  test('reports a body under two minutes', () => expect(formatProblem(words(100))).toMatch(/under 2 minutes/));
  test('reports a body over five minutes', () =>
    expect(formatProblem(words(WORDS_PER_MINUTE * 5 + 1))).toMatch(/over 5 minutes/));
});
