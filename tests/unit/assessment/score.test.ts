import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/assessment/answers';
import { bandFor, findContradictions, scoreAssessment } from '../../../src/lib/assessment/score';
import { definition } from './support';

/** Every statement answered with the value that gives the most market-driven points. */
const best: Answers = Object.fromEntries(
  definition.questions.map((question) => [question.id, question.reverse ? 1 : 5]),
);
const worst: Answers = Object.fromEntries(
  definition.questions.map((question) => [question.id, question.reverse ? 5 : 1]),
);

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
    const agree = scoreAssessment(definition, { 'listen-rarely': 5 });
    const disagree = scoreAssessment(definition, { 'listen-rarely': 1 });
    expect(agree.dimensions[0]?.score).toBe(0);
    expect(disagree.dimensions[0]?.score).toBe(100);
  });

  test('answering "neither" everywhere lands exactly in the middle', () => {
    const neutral: Answers = Object.fromEntries(definition.questions.map((question) => [question.id, 3]));
    expect(scoreAssessment(definition, neutral).overall).toBe(50);
  });

  test('agreeing with everything does not read as market-driven, because of the reverse statements', () => {
    const agreeAll: Answers = Object.fromEntries(definition.questions.map((question) => [question.id, 5]));
    const result = scoreAssessment(definition, agreeAll);
    expect(result.dimensions[0]?.score).toBe(50);
    expect(result.bandId).not.toBe('high');
  });

  test('weighs each dimension equally in the overall score, however many statements it has', () => {
    // Listening (4 statements) all best = 100, timing (3 statements) all worst = 0 → 50, not 57.
    const answers: Answers = {
      'listen-often': 5,
      'listen-changes': 5,
      'listen-rarely': 1,
      'listen-calendar': 1,
      'timing-early': 1,
      'timing-test': 1,
      'timing-late': 5,
    };
    expect(scoreAssessment(definition, answers).overall).toBe(50);
  });

  test('rounds a dimension score to the nearest whole number', () => {
    // Timing: 4 + 3 + 0 points of 12 = 58.33…
    const result = scoreAssessment(definition, { 'timing-early': 5, 'timing-test': 4, 'timing-late': 5 });
    expect(result.dimensions[1]?.score).toBe(58);
  });

  test('scores a partly answered dimension from the statements that were answered and says how many', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5, 'listen-changes': 3 });
    expect(result.dimensions[0]).toEqual({
      dimensionId: 'listening',
      score: 75,
      answered: 2,
      total: 4,
      bandId: 'aware',
    });
    expect(result.complete).toBe(false);
    expect(result.answered).toBe(2);
    expect(result.total).toBe(7);
  });

  test('leaves an unanswered dimension out of the overall score and lists it', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5 });
    expect(result.dimensions[1]).toEqual({ dimensionId: 'timing', score: null, answered: 0, total: 3, bandId: null });
    expect(result.overall).toBe(100);
    expect(result.unscoredDimensionIds).toEqual(['timing']);
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

  test('names the two lowest-scoring dimensions, lowest first, as the weakest', () => {
    const result = scoreAssessment(definition, { 'listen-often': 2, 'timing-early': 4 });
    expect(result.weakestDimensionIds).toEqual(['listening', 'timing']);
  });

  test('breaks ties between weakest dimensions by the order they are asked', () => {
    const result = scoreAssessment(definition, { 'listen-often': 3, 'timing-early': 3 });
    expect(result.weakestDimensionIds).toEqual(['listening', 'timing']);
  });

  test('reports contradictions alongside the scores', () => {
    const result = scoreAssessment(definition, { 'listen-often': 5, 'listen-rarely': 5 });
    expect(result.contradictions).toHaveLength(1);
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

  test('skips a pair when either statement is unanswered', () => {
    expect(findContradictions(definition, { 'listen-often': 5 })).toEqual([]);
  });
});
