import { describe, expect, test } from 'vitest';
import {
  MAX_SCORE,
  TICK_STEP,
  scoreFigure,
  scoreTicks,
  scoreToX,
  toTenth,
} from '../../../src/lib/assessment/score-axis';

describe('scoreToX', () => {
  test.each([
    [0, 10],
    [50, 60],
    [100, 110],
    [-5, 10],
    [140, 110],
  ])('puts score %d at x %d on a 100-wide track from 10, never outside it', (score, x) => {
    expect(scoreToX(10, 100)(score)).toBe(x);
  });
});

describe('scoreTicks', () => {
  test(`ticks every ${TICK_STEP} points from 0 to ${MAX_SCORE}, the outer labels anchored inside`, () => {
    const ticks = scoreTicks(scoreToX(0, 100));
    expect(ticks.map((tick) => tick.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(ticks.map((tick) => tick.anchor)).toEqual(['start', 'middle', 'middle', 'middle', 'middle', 'end']);
  });
});

describe('scoreFigure', () => {
  test('adds the axis below the grid to the height and the viewBox', () => {
    const figure = scoreFigure(420, { top: 4, bottom: 100, axisHeight: 24, tickLabelOffset: 16 }, [], 'Words.');
    expect(figure).toMatchObject({ height: 124, viewBox: '0 0 420 124', gridTop: 4, tickLabelY: 116 });
  });
});

describe('toTenth', () => {
  test('rounds to one decimal place', () => {
    expect([1.04, 1.05, 2.449, 3].map(toTenth)).toEqual([1, 1.1, 2.4, 3]);
  });
});
