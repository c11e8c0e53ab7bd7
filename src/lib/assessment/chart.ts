// The score chart as numbers, not markup: the island turns this model into an <svg>, so the
// geometry is tested here and the island stays a thin renderer. Horizontal bars keep long
// dimension titles readable on a phone; values are printed beside every bar so colour is never
// the only way to tell series apart.
import { scoreFigure, scoreTicks, scoreToX, toTenth, type ScoreFigure } from './score-axis';

/** A dimension as the chart labels it. */
export interface ChartDimension {
  id: string;
  title: string;
}

/** One respondent's scores, one per dimension in dimension order. */
export interface ChartSeries {
  label: string;
  scores: readonly (number | null)[];
}

export interface ChartBar {
  seriesIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number | null;
  /** The text printed beside the bar. */
  valueLabel: string;
  valueX: number;
  /** Baseline of the value label. */
  valueY: number;
}

export interface ChartRow {
  dimensionId: string;
  title: string;
  /** Baseline of the dimension title, printed above its bars. */
  titleY: number;
  bars: ChartBar[];
}

export interface ScoreChart extends ScoreFigure {
  /** The full-scale track behind each bar. */
  trackX: number;
  trackWidth: number;
  rows: ChartRow[];
}

export const CHART_WIDTH = 420;
const LEFT = 2;
const VALUE_SPACE = 44;
const TITLE_HEIGHT = 24;
const SINGLE_BAR_HEIGHT = 20;
const MULTI_BAR_HEIGHT = 15;
const BAR_GAP = 4;
const ROW_GAP = 14;
const AXIS_HEIGHT = 26;
const VALUE_BASELINE_OFFSET = 5;
/** Printed, and read out, where a dimension has too few answers on the scale for a score. */
export const NOT_ENOUGH_ANSWERS = 'not enough answers';

/** Lays out one bar per series for each dimension, 0–100 left to right, with grid lines every 20. */
export function buildScoreChart(dimensions: readonly ChartDimension[], series: readonly ChartSeries[]): ScoreChart {
  const trackWidth = CHART_WIDTH - LEFT - VALUE_SPACE;
  const xFor = scoreToX(LEFT, trackWidth);
  const barHeight = series.length > 1 ? MULTI_BAR_HEIGHT : SINGLE_BAR_HEIGHT;
  const groupHeight = series.length * barHeight + Math.max(series.length - 1, 0) * BAR_GAP;

  let y = 0;
  const rows = dimensions.map((dimension, dimensionIndex): ChartRow => {
    const titleY = y + TITLE_HEIGHT - 8;
    const barsTop = y + TITLE_HEIGHT;
    const bars = series.map((entry, seriesIndex): ChartBar => {
      const value = entry.scores[dimensionIndex] ?? null;
      const barY = barsTop + seriesIndex * (barHeight + BAR_GAP);
      const width = value === null ? 0 : xFor(value) - LEFT;
      return {
        seriesIndex,
        x: LEFT,
        y: barY,
        width: toTenth(width),
        height: barHeight,
        value,
        valueLabel: value === null ? NOT_ENOUGH_ANSWERS : String(value),
        valueX: toTenth(LEFT + width + 6),
        valueY: barY + barHeight / 2 + VALUE_BASELINE_OFFSET,
      };
    });
    y = barsTop + groupHeight + ROW_GAP;
    return { dimensionId: dimension.id, title: dimension.title, titleY, bars };
  });

  const gridBottom = Math.max(y - ROW_GAP / 2, 0);
  const figure = scoreFigure(
    CHART_WIDTH,
    { top: TITLE_HEIGHT, bottom: gridBottom, axisHeight: AXIS_HEIGHT, tickLabelOffset: AXIS_HEIGHT - 8 },
    scoreTicks(xFor),
    describeScores(dimensions, series),
  );
  return { ...figure, trackX: LEFT, trackWidth, rows };
}

/** Every score in words: "Timing 75, Listening 50" or, for several series, "Timing: Boss 75, Team 50". */
export function describeScores(dimensions: readonly ChartDimension[], series: readonly ChartSeries[]): string {
  const say = (value: number | null | undefined) =>
    value === null || value === undefined ? NOT_ENOUGH_ANSWERS : `${value}`;
  if (series.length === 1) {
    const only = series[0];
    return `Scores out of 100. ${dimensions.map((dimension, index) => `${dimension.title} ${say(only?.scores[index])}`).join(', ')}.`;
  }
  return `Scores out of 100. ${dimensions
    .map(
      (dimension, index) =>
        `${dimension.title}: ${series.map((entry) => `${entry.label} ${say(entry.scores[index])}`).join(', ')}`,
    )
    .join('. ')}.`;
}
