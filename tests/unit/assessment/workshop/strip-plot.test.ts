import { describe, expect, test } from 'vitest';
import type { DimensionDistribution } from '../../../../src/lib/assessment/workshop/aggregate';
import { PLOT_WIDTH, buildAnswerBar, buildStripPlot } from '../../../../src/lib/assessment/workshop/strip-plot';
import { fiveNumbers } from '../../../../src/lib/assessment/workshop/statistics';

const distribution = (dimensionId: string, scores: (number | null)[]): DimensionDistribution => {
  const present = scores.filter((score): score is number => score !== null);
  const stats = fiveNumbers(present);
  return {
    dimensionId,
    scores,
    count: present.length,
    stats,
    spread: stats ? stats.q3 - stats.q1 : null,
    bandCounts: [],
  };
};
const dimensions = [
  { id: 'a', title: 'Alpha' },
  { id: 'b', title: 'Beta' },
];

describe('buildStripPlot', () => {
  test('draws a dot per scored person and a box over the middle half, 0–100 across the width', () => {
    const plot = buildStripPlot(dimensions, [distribution('a', [0, 50, 100, null]), distribution('b', [])]);
    const [alpha, beta] = plot.rows;
    expect(alpha!.dots).toHaveLength(3);
    expect(alpha!.whisker!.x1).toBeLessThan(alpha!.whisker!.x2);
    expect(alpha!.whisker!.x2).toBeLessThanOrEqual(PLOT_WIDTH);
    expect(alpha!.medianX).toBeCloseTo((alpha!.whisker!.x1 + alpha!.whisker!.x2) / 2, 0);
    expect(alpha!.box!.x).toBeGreaterThan(alpha!.whisker!.x1);
    expect(beta!.box).toBeNull();
    expect(beta!.summary).toMatch(/no one answered enough/);
  });

  test('stacks people with the same score instead of drawing them on top of each other', () => {
    const plot = buildStripPlot(dimensions.slice(0, 1), [distribution('a', [40, 40, 40])]);
    const ys = plot.rows[0]!.dots.map((dot) => dot.y);
    expect(new Set(ys).size).toBe(3);
  });

  test('says every row in words for the SVG description', () => {
    const plot = buildStripPlot(dimensions.slice(0, 1), [distribution('a', [20, 40, 60])]);
    expect(plot.summary).toBe('Alpha: 3 people, median 40, middle half 30 to 50, range 20 to 60.');
  });
});

describe('buildAnswerBar', () => {
  test('splits the bar by share of answers, in scale order, "doesn’t apply" last, skipping empty points', () => {
    const bar = buildAnswerBar([1, 0, 0, 0, 2], 1);
    expect(bar.map((segment) => segment.value)).toEqual([1, 5, 0]);
    expect(bar.map((segment) => segment.width)).toEqual([75, 150, 75]);
    expect(bar[2]!.x).toBe(225);
  });
  test('is empty when nobody answered', () => {
    expect(buildAnswerBar([0, 0, 0, 0, 0], 0)).toEqual([]);
  });
});
