import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers } from '../../../../src/lib/assessment/answers';
import { scoreAssessment } from '../../../../src/lib/assessment/score';
import {
  GROUP_GAPS_NAMED,
  summarizeWorkshop,
  type WorkshopRespondent,
} from '../../../../src/lib/assessment/workshop/aggregate';
import { definition, firstEdition, realDefinition } from '../support';

// Listening points come from the first two (normal) and last two (reverse) statements.
const answers = (listening: [number, number, number, number], timing: [number, number, number, number]): Answers => ({
  'listen-often': listening[0] as 1,
  'listen-changes': listening[1] as 1,
  'listen-rarely': listening[2] as 1,
  'listen-calendar': listening[3] as 1,
  'timing-early': timing[0] as 1,
  'timing-test': timing[1] as 1,
  'timing-late': timing[2] as 1,
  'timing-after': timing[3] as 1,
});
const person = (given: Answers, label = ''): WorkshopRespondent => ({ answers: given, edition: definition, label });
const high = answers([5, 4, 1, 2], [4, 4, 2, 2]);
const low = answers([2, 1, 4, 4], [2, 2, 4, 5]);
const middle = answers([4, 3, 2, 3], [3, 4, 3, 2]);

describe('summarizeWorkshop', () => {
  test("gives each dimension the median of the counted respondents' scoreAssessment scores", () => {
    const team = [person(high), person(low), person(middle)];
    const summary = summarizeWorkshop(definition, team);
    const listening = team.map((member) => scoreAssessment(definition, member.answers).dimensions[0]!.score!);
    const sorted = [...listening].sort((a, b) => a - b);
    expect(summary.dimensions[0]!.stats?.median).toBe(sorted[1]);
    expect(summary.dimensions[0]!.count).toBe(3);
  });

  test('measures the spread as the interquartile range and keeps min and max', () => {
    const summary = summarizeWorkshop(definition, [person(high), person(low), person(middle), person(high)]);
    const { stats, spread } = summary.dimensions[0]!;
    expect(spread).toBe(stats!.q3 - stats!.q1);
    expect(stats!.min).toBeLessThan(stats!.median);
    expect(stats!.max).toBeGreaterThan(stats!.median);
  });

  test('counts how many respondents fall in each band, in band order', () => {
    const summary = summarizeWorkshop(definition, [person(high), person(low), person(middle)]);
    const counts = summary.dimensions[0]!.bandCounts;
    expect(counts.map((band) => band.bandId)).toEqual(definition.bands.map((band) => band.id));
    expect(counts.reduce((sum, band) => sum + band.count, 0)).toBe(3);
  });

  test('sets aside a respondent with fewer than half the statements answered on the scale', () => {
    const sparse: Answers = {
      'listen-often': 5,
      'listen-rarely': 1,
      'timing-early': NOT_APPLICABLE,
      'timing-test': NOT_APPLICABLE,
      'timing-late': NOT_APPLICABLE,
    };
    const summary = summarizeWorkshop(definition, [person(high), person(sparse), person(low)]);
    expect(summary.setAside).toEqual([{ index: 1, reason: 'too-few-answers' }]);
    expect(summary.counted).toEqual([0, 2]);
    expect(summary.dimensions[0]!.count).toBe(2);
  });

  test('sets aside a respondent whose answers show an answering style instead of averaging them in', () => {
    const allFours = answers([4, 4, 4, 4], [4, 4, 4, 4]);
    const summary = summarizeWorkshop(definition, [person(high), person(allFours)]);
    expect(summary.setAside).toEqual([{ index: 1, reason: 'answering-style' }]);
  });

  test('lists the statements with the widest spread first and leaves out those everyone answered alike', () => {
    const summary = summarizeWorkshop(definition, [person(high), person(low)]);
    const spreads = summary.statements.map((statement) => statement.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(summary.statements.every((statement) => statement.spread > 0)).toBe(true);
    expect(summary.statements[0]!.counts.reduce((sum, count) => sum + count, 0)).toBe(2);
  });

  test('compares each labelled group with the rest and names the largest gaps', () => {
    const team = [person(high, 'Boss'), person(low, 'sales'), person(low, 'Sales '), person(middle)];
    const summary = summarizeWorkshop(definition, team);
    expect(summary.groups.map((group) => [group.label, group.size])).toEqual([
      ['Boss', 1],
      ['sales', 2],
    ]);
    const boss = summary.groups[0]!;
    const bossListening = scoreAssessment(definition, high).dimensions[0]!.score!;
    const rest = [low, low, middle].map((given) => scoreAssessment(definition, given).dimensions[0]!.score!);
    const restMedian = [...rest].sort((a, b) => a - b)[1]!;
    expect(boss.dimensions[0]).toMatchObject({
      group: bossListening,
      rest: restMedian,
      gap: bossListening - restMedian,
    });
    expect(boss.largestGaps.length).toBeLessThanOrEqual(GROUP_GAPS_NAMED);
    const sizes = boss.largestGaps.map((gap) => Math.abs(gap.gap));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  test('forms no group when everyone has the same label, since there is no rest to compare with', () => {
    const summary = summarizeWorkshop(definition, [person(high, 'team'), person(low, 'team')]);
    expect(summary.groups).toEqual([]);
  });

  test('scores an edition-1 respondent with edition 1 and notes it', () => {
    const current = realDefinition();
    const old = firstEdition();
    const oldAnswers = Object.fromEntries(
      old.questions.map((question, index) => [question.id, ((index % 5) + 1) as 1]),
    );
    const summary = summarizeWorkshop(current, [{ answers: oldAnswers, edition: old, label: '' }]);
    expect(summary.earlierEdition).toEqual([0]);
    expect(summary.results[0]).toEqual(scoreAssessment(old, oldAnswers));
  });
});
