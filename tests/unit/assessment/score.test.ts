import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type AnswerValue, type Answers, type Response } from '../../../src/lib/assessment/answers';
import { bandFor } from '../../../src/lib/bands';
import { dimensionExactScore, findContradictions, scoreAssessment } from '../../../src/lib/assessment/score';
import type { AssessmentEdition } from '../../../src/schemas/assessment';
import { definition, firstEdition, realDefinition } from './support';

const real = realDefinition();
/** The scale's midpoint on the 0–100 score, and how far style-neutral answers may land from it. */
const MIDPOINT = 50;
const TOLERANCE = 2;

/** Every statement answered with the value that gives the most market-driven points. */
const best: Answers = Object.fromEntries(
  definition.questions.map((question) => [question.id, question.reverse ? 1 : 5]),
);
const worst: Answers = Object.fromEntries(
  definition.questions.map((question) => [question.id, question.reverse ? 5 : 1]),
);
const everything = (instrument: AssessmentEdition, value: Response): Answers =>
  Object.fromEntries(instrument.questions.map((question) => [question.id, value]));
const scale = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5);

/**
 * Answers that carry no content, only a style: in each dimension the reverse-scored statements get
 * the same multiset of values as the normal ones (shuffled), as if the reader ignored what each said.
 */
const styleOnlyAnswers = (instrument: AssessmentEdition) =>
  fc
    .tuple(
      ...instrument.dimensions.map((dimension) => {
        const normal = instrument.questions.filter((q) => q.dimension === dimension.id && !q.reverse);
        return fc.tuple(fc.array(scale, { minLength: normal.length, maxLength: normal.length }), fc.nat());
      }),
    )
    .map((perDimension) => {
      const answers: Record<string, AnswerValue> = {};
      instrument.dimensions.forEach((dimension, index) => {
        const [values, rotation] = perDimension[index]!;
        const normal = instrument.questions.filter((q) => q.dimension === dimension.id && !q.reverse);
        const reverse = instrument.questions.filter((q) => q.dimension === dimension.id && q.reverse);
        normal.forEach((question, at) => (answers[question.id] = values[at]!));
        reverse.forEach((question, at) => (answers[question.id] = values[(at + rotation) % values.length]!));
      });
      return answers as Answers;
    });

describe('bandFor', () => {
  test.each([
    [0, 'low'],
    [39, 'low'],
    [40, 'shifting'],
    [59, 'shifting'],
    [60, 'aware'],
    [79, 'aware'],
    [80, 'high'],
    [100, 'high'],
  ])('puts a score of %i in the "%s" band, edges inclusive', (score, band) => {
    expect(bandFor(definition.bands, score).id).toBe(band);
  });

  test('rounds a fractional score before choosing the band', () => {
    expect(bandFor(definition.bands, 39.5).id).toBe('shifting');
    expect(bandFor(definition.bands, 39.4).id).toBe('low');
  });

  test('clamps scores outside 0–100 to the first or last band', () => {
    expect(bandFor(definition.bands, -5).id).toBe('low');
    expect(bandFor(definition.bands, 140).id).toBe('high');
  });
});

describe('scoreAssessment: style-neutral by construction', () => {
  test.each([1, 2, 3, 4, 5] as const)(
    'answering every real statement %i puts every dimension and the overall score at the midpoint ±2',
    (value) => {
      const result = scoreAssessment(real, everything(real, value));
      for (const dimension of result.dimensions)
        expect(Math.abs(dimension.score! - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
      expect(Math.abs(result.overall! - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  test('a constant answer stays at the midpoint ±2 whichever statements are skipped or marked "doesn’t apply"', () => {
    fc.assert(
      fc.property(
        scale,
        fc.array(fc.constantFrom<'answer' | 'blank' | 'n/a'>('answer', 'blank', 'n/a'), {
          minLength: real.questions.length,
          maxLength: real.questions.length,
        }),
        (value, pattern) => {
          const answers: Record<string, Response> = {};
          real.questions.forEach((question, index) => {
            if (pattern[index] === 'answer') answers[question.id] = value;
            if (pattern[index] === 'n/a') answers[question.id] = NOT_APPLICABLE;
          });
          const result = scoreAssessment(real, answers);
          for (const dimension of result.dimensions) {
            if (dimension.score !== null) expect(Math.abs(dimension.score - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
          }
          if (result.overall !== null) expect(Math.abs(result.overall - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
        },
      ),
    );
  });

  test('random answers mirrored around the midpoint between normal and reversed statements score the midpoint ±2', () => {
    fc.assert(
      fc.property(styleOnlyAnswers(real), (answers) => {
        const result = scoreAssessment(real, answers);
        for (const dimension of result.dimensions)
          expect(Math.abs(dimension.score! - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
        expect(Math.abs(result.overall! - MIDPOINT)).toBeLessThanOrEqual(TOLERANCE);
      }),
    );
  });

  test('mirroring every answer around the midpoint mirrors every score around 50', () => {
    fc.assert(
      fc.property(fc.array(scale, { minLength: real.questions.length, maxLength: real.questions.length }), (values) => {
        const answers = Object.fromEntries(real.questions.map((question, index) => [question.id, values[index]!]));
        const mirrored = Object.fromEntries(
          real.questions.map((question, index) => [question.id, (6 - values[index]!) as AnswerValue]),
        );
        const a = scoreAssessment(real, answers);
        const b = scoreAssessment(real, mirrored);
        a.dimensions.forEach((dimension, index) => {
          expect(Math.abs(dimension.score! + b.dimensions[index]!.score! - 100)).toBeLessThanOrEqual(1);
        });
      }),
    );
  });
});

describe('scoreAssessment', () => {
  test('scores the most market-driven answers 100 in every dimension and overall', () => {
    const result = scoreAssessment(definition, best);
    expect(result.dimensions.map((dimension) => dimension.score)).toEqual([100, 100]);
    expect(result.overall).toBe(100);
    expect(result.bandId).toBe('high');
    expect(result.complete).toBe(true);
  });

  test('scores the most marketing-driven answers 0', () => {
    const result = scoreAssessment(definition, worst);
    expect(result.overall).toBe(0);
    expect(result.bandId).toBe('low');
  });

  test('counts reverse-scored statements from the other end of the scale', () => {
    // Strongly agreeing that "we rarely hear customers" earns no points; strongly disagreeing earns all four.
    const agree = scoreAssessment(definition, { 'listen-often': 3, 'listen-rarely': 5 });
    const disagree = scoreAssessment(definition, { 'listen-often': 3, 'listen-rarely': 1 });
    expect(agree.dimensions[0]?.score).toBe(25);
    expect(disagree.dimensions[0]?.score).toBe(75);
  });

  test('weighs each dimension equally in the overall score, however many statements it has', () => {
    const answers: Answers = { ...best, 'timing-early': 1, 'timing-test': 1, 'timing-late': 5, 'timing-after': 5 };
    expect(scoreAssessment(definition, answers).overall).toBe(50);
  });

  test('averages the normal and the reverse-scored statements separately, then the two halves', () => {
    // Normal side: 4 and 3 points (mean 3.5); reverse side: 0 points. (3.5 + 0) / 2 / 4 = 43.75.
    const result = scoreAssessment(definition, { 'timing-early': 5, 'timing-test': 4, 'timing-late': 5 });
    expect(result.dimensions[1]?.score).toBe(44);
  });

  test('scores a dimension once half its statements are answered on the scale, one of each kind', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5, 'listen-rarely': 2 });
    expect(result.dimensions[0]).toEqual({
      dimensionId: 'listening',
      score: 88,
      answered: 2,
      notApplicable: 0,
      total: 4,
      bandId: 'high',
    });
    expect(result.complete).toBe(false);
  });

  test('gives "not enough answers" to a dimension answered on one side only', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5, 'listen-changes': 5 });
    expect(result.dimensions[0]?.score).toBeNull();
    expect(result.unscoredDimensionIds).toEqual(['listening', 'timing']);
    expect(result.overall).toBeNull();
  });

  test('leaves "doesn’t apply" out of the score and counts it separately', () => {
    const result = scoreAssessment(definition, {
      ...best,
      'listen-changes': NOT_APPLICABLE,
      'listen-calendar': NOT_APPLICABLE,
    });
    expect(result.dimensions[0]).toMatchObject({ score: 100, answered: 2, notApplicable: 2 });
    expect(result.notApplicable).toBe(2);
    expect(result.answered).toBe(6);
    expect(result.complete).toBe(true);
  });

  test('gives "not enough answers" when "doesn’t apply" leaves fewer than half the statements', () => {
    const result = scoreAssessment(definition, {
      ...best,
      'timing-early': NOT_APPLICABLE,
      'timing-test': NOT_APPLICABLE,
      'timing-late': NOT_APPLICABLE,
    });
    expect(result.dimensions[1]?.score).toBeNull();
    expect(result.unscoredDimensionIds).toEqual(['timing']);
    expect(result.overall).toBe(100);
  });

  test('gives no overall score or band when nothing was answered', () => {
    const result = scoreAssessment(definition, {});
    expect(result.overall).toBeNull();
    expect(result.bandId).toBeNull();
    expect(result.weakestDimensionIds).toEqual([]);
  });

  test('ignores answers to statements the instrument does not have', () => {
    expect(scoreAssessment(definition, { 'not-a-question': 5 }).answered).toBe(0);
  });

  test('names the lowest-scoring dimensions, lowest first, as the weakest', () => {
    const result = scoreAssessment(definition, { ...best, 'listen-often': 2, 'listen-rarely': 4 });
    expect(result.weakestDimensionIds).toEqual(['listening', 'timing']);
    expect(result.weakestWithheld).toBeNull();
  });

  test('names no weakest dimension when every scored dimension has the same score', () => {
    const result = scoreAssessment(definition, best);
    expect(result.weakestDimensionIds).toEqual([]);
    expect(result.weakestWithheld).toBe('no-difference');
  });

  test('names no weakest dimension when the answering style could have chosen it', () => {
    // Agree or strongly agree with every statement, normal and reverse-scored alike.
    const result = scoreAssessment(definition, {
      'listen-often': 5,
      'listen-changes': 4,
      'listen-rarely': 4,
      'listen-calendar': 5,
      'timing-early': 5,
      'timing-test': 5,
      'timing-late': 4,
      'timing-after': 4,
    });
    expect(result.answeringStyle?.kind).toBe('agree-with-both');
    expect(result.weakestDimensionIds).toEqual([]);
    expect(result.weakestWithheld).toBe('answering-style');
  });

  test('reports contradictions alongside the scores', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5, 'listen-rarely': 5 });
    expect(result.contradictions).toHaveLength(1);
  });
});

describe('scoreAssessment with edition 1 (pooled scoring)', () => {
  const v1 = firstEdition();
  test('gives the scores it gave before the change: agreeing strongly with everything scored 63, measurement 33', () => {
    // The table says 64; the landed code gave 63 (dimensions 75, 50, 75, 75, 33, 67, 67).
    const result = scoreAssessment(v1, everything(v1, 5));
    expect(result.overall).toBe(63);
    expect(result.dimensions.find((dimension) => dimension.dimensionId === 'measurement')?.score).toBe(33);
  });
  test('scores a dimension from whatever was answered, as it did then', () => {
    expect(dimensionExactScore('pooled', v1.questions.slice(0, 1), { [v1.questions[0]!.id]: 5 })).toBe(100);
  });
});

describe('dimensionExactScore', () => {
  const listening = definition.questions.filter((question) => question.dimension === 'listening');
  test('is null without an answer on the reverse-scored side', () => {
    expect(dimensionExactScore('balanced', listening, { 'listen-often': 5, 'listen-changes': 4 })).toBeNull();
  });
  test('is exactly 50 for the same answer on both sides', () => {
    expect(dimensionExactScore('balanced', listening, { 'listen-often': 4, 'listen-rarely': 4 })).toBe(50);
  });
});

describe('findContradictions', () => {
  test('flags agreeing strongly with both a statement and its reverse-scored opposite', () => {
    expect(findContradictions(definition, { 'listen-often': 5, 'listen-rarely': 5 })).toEqual([
      { dimensionId: 'listening', questionIds: ['listen-often', 'listen-rarely'], values: [5, 5] },
    ]);
  });

  test('flags answers three points apart after reverse scoring', () => {
    // Agree (3 points) and strongly agree with the reverse (0 points): 3 apart.
    expect(findContradictions(definition, { 'timing-early': 4, 'timing-late': 5 })).toHaveLength(1);
  });

  test('does not flag answers two points apart', () => {
    expect(findContradictions(definition, { 'timing-early': 4, 'timing-late': 4 })).toEqual([]);
  });

  test('does not flag consistent answers', () => {
    expect(findContradictions(definition, { 'listen-often': 5, 'listen-rarely': 1 })).toEqual([]);
  });

  test('skips a pair when either statement is unanswered or marked "doesn’t apply"', () => {
    expect(findContradictions(definition, { 'listen-often': 5 })).toEqual([]);
    expect(findContradictions(definition, { 'listen-often': 5, 'listen-rarely': NOT_APPLICABLE })).toEqual([]);
  });
});
