import { describe, expect, test } from 'vitest';
import { handoutDensity } from '../../../src/lib/handout';

const line = (length: number) => 'x'.repeat(length);
const lesson = (itemLength: number, items: number) => ({
  title: line(60),
  summary: line(140),
  bossBrief: line(250),
  takeaways: Array.from({ length: items }, () => line(itemLength)),
  discussion: Array.from({ length: items }, () => line(itemLength)),
});

describe('handoutDensity', () => {
  test('a typical lesson (four takeaways, three questions) keeps the designed sizes', () => {
    expect(handoutDensity({ ...lesson(80, 4), discussion: [line(90), line(90), line(90)] })).toBe('normal');
  });
  test('a correction note printed under the date counts towards the weight', () => {
    const typical = { ...lesson(80, 4), discussion: [line(90), line(90), line(90)] };
    expect(handoutDensity({ ...typical, correction: line(200) })).toBe('compact');
  });
  test('fuller lists get compact type', () => {
    expect(handoutDensity(lesson(70, 5))).toBe('compact');
  });
  test('every list full of long lines gets the dense setting', () => {
    expect(handoutDensity({ ...lesson(180, 5), title: line(120), bossBrief: line(320) })).toBe('dense');
  });
});
