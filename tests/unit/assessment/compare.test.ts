import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/assessment/answers';
import { AGREEMENT_GAP, STATEMENT_LIST_LENGTH, compareResults, spread } from '../../../src/lib/assessment/compare';
import { definition, realDefinition } from './support';

const boss: Answers = {
  'listen-often': 5,
  'listen-changes': 5,
  'listen-rarely': 1,
  'listen-calendar': 1,
  'timing-early': 4,
  'timing-test': 4,
  'timing-late': 2,
};
const team: Answers = {
  'listen-often': 2,
  'listen-changes': 1,
  'listen-rarely': 4,
  'listen-calendar': 4,
  'timing-early': 4,
  'timing-test': 3,
  'timing-late': 2,
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
      ['timing', 8],
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
      { label: 'A', answers: { 'timing-early': 1 } },
      { label: 'B', answers: { 'timing-early': 3 } },
      { label: 'C', answers: { 'timing-early': 5 } },
    ]);
    expect(result.dimensions[1]?.scores).toEqual([0, 50, 100]);
    expect(result.dimensions[1]?.gap).toBe(100);
  });
});
