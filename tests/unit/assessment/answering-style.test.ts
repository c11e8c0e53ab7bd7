import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type AnswerValue, type Answers } from '../../../src/lib/assessment/answers';
import {
  MIN_ANSWERS_FOR_STYLE,
  describeAnsweringStyle,
  detectAnsweringStyle,
} from '../../../src/lib/assessment/answering-style';
import { realDefinition } from './support';

const real = realDefinition();
const all = (pick: (reverse: boolean, index: number) => AnswerValue | typeof NOT_APPLICABLE): Answers =>
  Object.fromEntries(real.questions.map((question, index) => [question.id, pick(question.reverse, index)]));

describe('detectAnsweringStyle', () => {
  test.each([1, 2, 3, 4, 5] as const)('names "mostly the same answer" when every statement is answered %i', (value) => {
    expect(
      detectAnsweringStyle(
        real,
        all(() => value),
      ),
    ).toEqual({
      kind: 'same-answer',
      value,
      count: real.questions.length,
      total: real.questions.length,
    });
  });

  test('names agreeing with both sides when most normal and most reverse-scored statements get "agree"', () => {
    const style = detectAnsweringStyle(
      real,
      all((_, index) => (index % 2 ? 4 : 5)),
    );
    expect(style?.kind).toBe('agree-with-both');
  });

  test('names disagreeing with both sides when most of each side get "disagree"', () => {
    const style = detectAnsweringStyle(
      real,
      all((_, index) => (index % 2 ? 1 : 2)),
    );
    expect(style?.kind).toBe('disagree-with-both');
  });

  test('names nothing for answers that follow the statements: agree with one side, disagree with the other', () => {
    expect(
      detectAnsweringStyle(
        real,
        all((reverse, index) => (reverse ? (((index % 2) + 1) as AnswerValue) : ((4 + (index % 2)) as AnswerValue))),
      ),
    ).toBeNull();
  });

  test(`names nothing from fewer than ${MIN_ANSWERS_FOR_STYLE} answers on the scale`, () => {
    const few = Object.fromEntries(
      real.questions.slice(0, MIN_ANSWERS_FOR_STYLE - 1).map((question) => [question.id, 4]),
    );
    const rest = Object.fromEntries(
      real.questions.slice(MIN_ANSWERS_FOR_STYLE - 1).map((question) => [question.id, NOT_APPLICABLE]),
    );
    expect(detectAnsweringStyle(real, { ...few, ...rest } as Answers)).toBeNull();
  });

  test('does not count "doesn’t apply" as a repeated answer', () => {
    const answers = all((reverse, index) => (index < 20 ? NOT_APPLICABLE : reverse ? 1 : 5));
    expect(detectAnsweringStyle(real, answers)).toBeNull();
  });

  test('returns a style or null, never an exception, for any answers', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.constantFrom<AnswerValue | typeof NOT_APPLICABLE>(1, 2, 3, 4, 5, NOT_APPLICABLE)),
        (answers) => {
          const style = detectAnsweringStyle(real, answers);
          expect(style === null || typeof style.kind === 'string').toBe(true);
        },
      ),
    );
  });
});

describe('describeAnsweringStyle', () => {
  test('fills in the answer, the count and the total', () => {
    const text = describeAnsweringStyle(
      'You gave “{answer}” to {count} of {total} statements.',
      { kind: 'same-answer', value: 4, count: 26, total: 28 },
      (value) => (value === 4 ? 'Agree' : String(value)),
    );
    expect(text).toBe('You gave “Agree” to 26 of 28 statements.');
  });
  test('leaves other braces alone', () => {
    expect(
      describeAnsweringStyle(
        '{total} {other}',
        { kind: 'agree-with-both', normalShare: 1, reverseShare: 1, total: 9 },
        String,
      ),
    ).toBe('9 {other}');
  });
});
