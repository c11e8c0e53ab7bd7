import { describe, expect, test } from 'vitest';
import {
  NOT_APPLICABLE,
  countAnswered,
  isAnswerValue,
  isResponse,
  pointsFor,
  scaleValue,
} from '../../../src/lib/assessment/answers';
import { instrumentFingerprint } from '../../../src/lib/assessment/fingerprint';
import { cloneRaw, definition } from './support';
import { assessmentSchema } from '../../../src/schemas/assessment';

describe('isAnswerValue', () => {
  test('accepts the whole numbers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isAnswerValue)).toBe(true);
  });
  test.each([0, 6, 2.5, '3', null, undefined, Number.NaN])('rejects %s', (value) => {
    expect(isAnswerValue(value)).toBe(false);
  });
});

describe('isResponse', () => {
  test('accepts a scale point or "doesn’t apply"', () => {
    expect([1, 5, NOT_APPLICABLE].every(isResponse)).toBe(true);
  });
  test.each([0, 'na', null, undefined])('rejects %s', (value) => {
    expect(isResponse(value)).toBe(false);
  });
});

describe('scaleValue', () => {
  test('gives the answer on the scale, and nothing for blank or "doesn’t apply"', () => {
    const answers = { a: 4, b: NOT_APPLICABLE } as const;
    expect([scaleValue(answers, 'a'), scaleValue(answers, 'b'), scaleValue(answers, 'c')]).toEqual([
      4,
      undefined,
      undefined,
    ]);
  });
});

describe('pointsFor', () => {
  test('gives 0 to 4 points from strongly disagree to strongly agree', () => {
    expect(([1, 2, 3, 4, 5] as const).map((value) => pointsFor({ reverse: false }, value))).toEqual([0, 1, 2, 3, 4]);
  });
  test('gives 4 to 0 points on a reverse-scored statement', () => {
    expect(([1, 2, 3, 4, 5] as const).map((value) => pointsFor({ reverse: true }, value))).toEqual([4, 3, 2, 1, 0]);
  });
});

describe('countAnswered', () => {
  test('counts the instrument’s statements that have a response, "doesn’t apply" included', () => {
    expect(countAnswered(definition, { 'listen-often': 2, 'timing-late': NOT_APPLICABLE, stranger: 1 })).toBe(2);
  });
});

describe('instrumentFingerprint', () => {
  test('is stable for the same statements', () => {
    expect(instrumentFingerprint(definition)).toBe(instrumentFingerprint(assessmentSchema.parse(cloneRaw())));
  });
  test('changes when a statement is re-keyed, reordered or renamed', () => {
    const fingerprintOf = (raw: ReturnType<typeof cloneRaw>) =>
      instrumentFingerprint({
        questions: raw.questions.map((question) => ({
          ...question,
          reverse: Boolean((question as { reverse?: boolean }).reverse),
        })),
      });
    const base = fingerprintOf(cloneRaw());
    const rekeyed = cloneRaw();
    Object.assign(rekeyed.questions[0]!, { reverse: true });
    const reordered = cloneRaw();
    reordered.questions.reverse();
    const renamed = cloneRaw();
    renamed.questions[0]!.id = 'listen-weekly';
    expect(base).toBe(instrumentFingerprint(definition));
    for (const changed of [rekeyed, reordered, renamed]) expect(fingerprintOf(changed)).not.toBe(base);
  });
  test('ignores the wording of a statement, so fixing a typo keeps old links working', () => {
    const reworded = cloneRaw();
    reworded.questions[0]!.statement = 'We listen to customers often.';
    expect(instrumentFingerprint(assessmentSchema.parse(reworded))).toBe(instrumentFingerprint(definition));
  });
});
