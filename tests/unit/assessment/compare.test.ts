import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers } from '../../../src/lib/assessment/answers';
import { scoreAssessment } from '../../../src/lib/assessment/score';
import type { AssessmentEdition } from '../../../src/schemas/assessment';
import { AGREEMENT_GAP, STATEMENT_LIST_LENGTH, compareResults, spread } from '../../../src/lib/assessment/compare';
import { bossAnswers, definition, firstEdition, realDefinition } from './support';

const boss = bossAnswers;
const team: Answers = {
  'listen-often': 2,
  'listen-changes': 1,
  'listen-rarely': 4,
  'listen-calendar': 4,
  'timing-early': 4,
  'timing-test': 3,
  'timing-late': 2,
  'timing-after': 2,
};

describe('spread', () => {
  test('is the highest minus the lowest value', () => {
    expect(spread([40, 90, 65])).toBe(50);
  });
  test('ignores blanks', () => {
    expect(spread([40, null, 65])).toBe(25);
  });
  test('is null with fewer than two values', () => {
    expect(spread([40, null])).toBeNull();
    expect(spread([])).toBeNull();
  });
});

describe('compareResults', () => {
  const comparison = compareResults(definition, [
    { label: 'Boss', answers: boss },
    { label: 'Team', answers: team },
  ]);

  test('scores every respondent with the same rules as a single result', () => {
    expect(comparison.results.map((result) => result.dimensions[0]?.score)).toEqual([100, 19]);
  });

  test('puts the dimension with the largest gap first', () => {
    expect(comparison.largestGaps.map((dimension) => [dimension.dimensionId, dimension.gap])).toEqual([
      ['listening', 81],
      ['timing', 6],
    ]);
  });

  test('names the largest disagreement as the thing to talk about first', () => {
    expect(comparison.talkAboutFirstId).toBe('listening');
  });

  test('lists statements answered at least two points apart, biggest gap first', () => {
    expect(comparison.statements.map((statement) => [statement.questionId, statement.gap])).toEqual([
      ['listen-changes', 4],
      ['listen-often', 3],
      ['listen-rarely', 3],
      ['listen-calendar', 3],
    ]);
    expect(comparison.statements[0]?.values).toEqual([5, 1]);
  });

  test('lists at most five statements', () => {
    const real = realDefinition();
    const all = (value: 1 | 5): Answers => Object.fromEntries(real.questions.map((question) => [question.id, value]));
    const result = compareResults(real, [
      { label: 'A', answers: all(1) },
      { label: 'B', answers: all(5) },
    ]);
    expect(result.statements).toHaveLength(STATEMENT_LIST_LENGTH);
  });

  test(`names nothing to talk about first when every gap is under ${AGREEMENT_GAP} points`, () => {
    const result = compareResults(definition, [
      { label: 'A', answers: boss },
      { label: 'B', answers: boss },
    ]);
    expect(result.talkAboutFirstId).toBeNull();
    expect(result.statements).toEqual([]);
  });

  test('leaves a dimension only one respondent answered without a gap', () => {
    const result = compareResults(definition, [
      { label: 'A', answers: { 'listen-often': 5 } },
      { label: 'B', answers: { 'timing-early': 1 } },
    ]);
    expect(result.dimensions.map((dimension) => dimension.gap)).toEqual([null, null]);
    expect(result.largestGaps).toEqual([]);
  });

  test('compares more than two respondents by their spread', () => {
    const result = compareResults(definition, [
      { label: 'A', answers: { 'timing-early': 1, 'timing-late': 3 } },
      { label: 'B', answers: { 'timing-early': 3, 'timing-late': 3 } },
      { label: 'C', answers: { 'timing-early': 5, 'timing-late': 3 } },
    ]);
    expect(result.dimensions[1]?.scores).toEqual([25, 50, 75]);
    expect(result.dimensions[1]?.gap).toBe(50);
  });

  test('leaves "doesn’t apply" out of the statement gaps but shows it', () => {
    const result = compareResults(definition, [
      { label: 'A', answers: { 'listen-often': 5 } },
      { label: 'B', answers: { 'listen-often': NOT_APPLICABLE } },
      { label: 'C', answers: { 'listen-often': 4 } },
    ]);
    expect(result.statements).toEqual([]);
    const both = compareResults(definition, [
      { label: 'A', answers: { 'listen-often': 5 } },
      { label: 'B', answers: { 'listen-often': NOT_APPLICABLE } },
      { label: 'C', answers: { 'listen-often': 1 } },
    ]);
    expect(both.statements[0]).toMatchObject({ questionId: 'listen-often', values: [5, NOT_APPLICABLE, 1], gap: 4 });
  });

  test('scores a result from an earlier edition with that edition, and compares only statements both ask in the same words', () => {
    const real = realDefinition();
    const v1 = firstEdition();
    const agree = (instrument: AssessmentEdition): Answers =>
      Object.fromEntries(instrument.questions.map((question) => [question.id, 4]));
    const result = compareResults(real, [
      { label: 'Then', answers: agree(v1), edition: v1 },
      { label: 'Now', answers: agree(real) },
    ]);
    expect(result.results[0]).toEqual(scoreAssessment(v1, agree(v1)));
    expect(result.dimensions.find((dimension) => dimension.dimensionId === 'measurement')?.scores).toEqual([42, 50]);
    const asked = new Set(v1.questions.map((question) => `${question.id}:${question.reverse}`));
    const values = compareResults(real, [
      { label: 'Then', answers: agree(v1), edition: v1 },
      { label: 'Now', answers: Object.fromEntries(real.questions.map((question) => [question.id, 1])) },
    ]).statements;
    expect(values.length).toBeGreaterThan(0);
    for (const statement of values) {
      const question = real.questions.find((item) => item.id === statement.questionId)!;
      expect(asked.has(`${question.id}:${question.reverse}`)).toBe(true);
      expect(v1.questions.find((item) => item.id === question.id)?.statement).toBe(question.statement);
    }
  });
});
