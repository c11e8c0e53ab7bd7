import { describe, expect, test } from 'vitest';
import { CHART_WIDTH, buildScoreChart, describeScores } from '../../../src/lib/assessment/chart';

const dimensions = [
  { id: 'timing', title: 'Timing' },
  { id: 'listening', title: 'Listening' },
];

describe('buildScoreChart', () => {
  const chart = buildScoreChart(dimensions, [{ label: 'You', scores: [100, 50] }]);

  test('draws one row per dimension with one bar per series', () => {
    expect(chart.rows.map((row) => row.title)).toEqual(['Timing', 'Listening']);
    expect(chart.rows.every((row) => row.bars.length === 1)).toBe(true);
  });

  test('makes a score of 100 fill the track and 50 fill half of it', () => {
    const [full, half] = chart.rows.map((row) => row.bars[0]);
    expect(full?.width).toBe(chart.trackWidth);
    expect(half?.width).toBeCloseTo(chart.trackWidth / 2, 0);
  });

  test('keeps every bar and its value label inside the view box', () => {
    const wide = buildScoreChart(dimensions, [
      { label: 'A', scores: [100, 0] },
      { label: 'B', scores: [0, 100] },
    ]);
    for (const bar of wide.rows.flatMap((row) => row.bars)) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(CHART_WIDTH);
      expect(bar.valueX + 30).toBeLessThanOrEqual(CHART_WIDTH);
      expect(bar.y + bar.height).toBeLessThanOrEqual(wide.gridBottom);
    }
    expect(wide.viewBox).toBe(`0 0 ${CHART_WIDTH} ${wide.height}`);
  });

  test('stacks several series within a row without overlapping', () => {
    const stacked = buildScoreChart(dimensions, [
      { label: 'A', scores: [10, 20] },
      { label: 'B', scores: [30, 40] },
      { label: 'C', scores: [50, 60] },
    ]);
    const bars = stacked.rows[0]!.bars;
    for (let index = 1; index < bars.length; index += 1) {
      expect(bars[index]!.y).toBeGreaterThanOrEqual(bars[index - 1]!.y + bars[index - 1]!.height);
    }
    expect(stacked.rows[1]!.titleY).toBeGreaterThan(bars.at(-1)!.y + bars.at(-1)!.height);
  });

  test('draws no bar for a dimension without enough answers and says so instead of a number', () => {
    const blank = buildScoreChart(dimensions, [{ label: 'You', scores: [null, 40] }]);
    expect(blank.rows[0]?.bars[0]).toMatchObject({ width: 0, valueLabel: 'not enough answers', value: null });
  });

  test('clamps values outside 0–100 to the track', () => {
    const odd = buildScoreChart(dimensions, [{ label: 'You', scores: [140, -20] }]);
    expect(odd.rows[0]?.bars[0]?.width).toBe(odd.trackWidth);
    expect(odd.rows[1]?.bars[0]?.width).toBe(0);
  });

  test('puts grid lines every 20 points from 0 to 100', () => {
    expect(chart.ticks.map((tick) => tick.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(chart.ticks[0]?.anchor).toBe('start');
    expect(chart.ticks.at(-1)?.anchor).toBe('end');
  });
});

describe('describeScores', () => {
  test('reads one series as a list of dimension scores', () => {
    expect(describeScores(dimensions, [{ label: 'You', scores: [75, null] }])).toBe(
      'Scores out of 100. Timing 75, Listening not enough answers.',
    );
  });
  test('reads several series dimension by dimension', () => {
    expect(
      describeScores(dimensions, [
        { label: 'Boss', scores: [80, 60] },
        { label: 'Team', scores: [40, 55] },
      ]),
    ).toBe('Scores out of 100. Timing: Boss 80, Team 40. Listening: Boss 60, Team 55.');
  });
});
