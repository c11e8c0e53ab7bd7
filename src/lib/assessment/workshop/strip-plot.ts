// The team's distribution per dimension as numbers, not markup: one row per dimension with a dot
// per person, a box over the middle half, a line at the median and whiskers to the extremes.
// The island only draws this model, as AssessmentChart draws chart.ts.
import type { DimensionDistribution } from './aggregate';

/** A dimension as the plot labels it. */
export interface PlotDimension {
  id: string;
  title: string;
}

/** One dimension's row. */
export interface StripRow {
  dimensionId: string;
  title: string;
  titleY: number;
  /** Vertical centre of the box and the dots. */
  centerY: number;
  box: { x: number; width: number; y: number; height: number } | null;
  medianX: number | null;
  whisker: { x1: number; x2: number } | null;
  dots: { x: number; y: number }[];
  /** The row in words, for the SVG's <desc>. */
  summary: string;
}

/** The whole plot. */
export interface StripPlot {
  width: number;
  height: number;
  viewBox: string;
  ticks: { value: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
  gridTop: number;
  gridBottom: number;
  tickLabelY: number;
  rows: StripRow[];
  summary: string;
}

export const PLOT_WIDTH = 420;
const LEFT = 6;
const RIGHT = 6;
const TITLE_HEIGHT = 20;
const ROW_HEIGHT = 30;
const ROW_GAP = 12;
const BOX_HEIGHT = 18;
const AXIS_HEIGHT = 24;
const TICK_STEP = 20;
/** Dots within this many points share a column and are stacked, so every person stays visible. */
const DOT_BIN = 2;
const DOT_STEP = 4;
const MAX_SCORE = 100;

const xFor = (score: number) => LEFT + (score / MAX_SCORE) * (PLOT_WIDTH - LEFT - RIGHT);
const rounded = (value: number) => Math.round(value * 10) / 10;

/** Lays out a strip and box plot per dimension, 0–100 left to right. */
export function buildStripPlot(
  dimensions: readonly PlotDimension[],
  distributions: readonly DimensionDistribution[],
): StripPlot {
  const rows = dimensions.map((dimension, index): StripRow => {
    const distribution = distributions.find((item) => item.dimensionId === dimension.id);
    const top = index * (TITLE_HEIGHT + ROW_HEIGHT + ROW_GAP);
    const centerY = top + TITLE_HEIGHT + ROW_HEIGHT / 2;
    const stats = distribution?.stats ?? null;
    const seen = new Map<number, number>();
    const dots = (distribution?.scores ?? [])
      .filter((score): score is number => score !== null)
      .sort((a, b) => a - b)
      .map((score) => {
        const bin = Math.round(score / DOT_BIN);
        const stacked = seen.get(bin) ?? 0;
        seen.set(bin, stacked + 1);
        // Alternate above and below the centre line: 0, +1, −1, +2, −2 …
        const offset = Math.ceil(stacked / 2) * (stacked % 2 === 1 ? 1 : -1);
        return { x: rounded(xFor(score)), y: rounded(centerY + offset * DOT_STEP) };
      });
    return {
      dimensionId: dimension.id,
      title: dimension.title,
      titleY: top + TITLE_HEIGHT - 6,
      centerY,
      box: stats
        ? {
            x: rounded(xFor(stats.q1)),
            width: rounded(xFor(stats.q3) - xFor(stats.q1)),
            y: centerY - BOX_HEIGHT / 2,
            height: BOX_HEIGHT,
          }
        : null,
      medianX: stats ? rounded(xFor(stats.median)) : null,
      whisker: stats ? { x1: rounded(xFor(stats.min)), x2: rounded(xFor(stats.max)) } : null,
      dots,
      summary: stats
        ? `${dimension.title}: ${distribution!.count} people, median ${rounded(stats.median)}, middle half ${rounded(stats.q1)} to ${rounded(stats.q3)}, range ${stats.min} to ${stats.max}.`
        : `${dimension.title}: no one answered enough to score it.`,
    };
  });
  const gridBottom = dimensions.length * (TITLE_HEIGHT + ROW_HEIGHT + ROW_GAP);
  const height = gridBottom + AXIS_HEIGHT;
  return {
    width: PLOT_WIDTH,
    height,
    viewBox: `0 0 ${PLOT_WIDTH} ${height}`,
    ticks: Array.from({ length: MAX_SCORE / TICK_STEP + 1 }, (_, step) => {
      const value = step * TICK_STEP;
      return { value, x: rounded(xFor(value)), anchor: value === 0 ? 'start' : value === MAX_SCORE ? 'end' : 'middle' };
    }),
    gridTop: 0,
    gridBottom,
    tickLabelY: gridBottom + 16,
    rows,
    summary: rows.map((row) => row.summary).join(' '),
  };
}

/** One segment of a statement's answer bar. */
export interface AnswerSegment {
  /** 1–5 on the scale, or 0 for "doesn't apply". */
  value: number;
  x: number;
  width: number;
}

export const ANSWER_BAR_WIDTH = 300;

/** A statement's answers as one stacked bar, strongly disagree to strongly agree, then "doesn't apply". */
export function buildAnswerBar(counts: readonly number[], notApplicable: number): AnswerSegment[] {
  const total = counts.reduce((sum, count) => sum + count, notApplicable);
  if (total === 0) return [];
  let x = 0;
  return [...counts.map((count, index) => ({ value: index + 1, count })), { value: 0, count: notApplicable }]
    .filter(({ count }) => count > 0)
    .map(({ value, count }) => {
      const width = rounded((count / total) * ANSWER_BAR_WIDTH);
      const segment = { value, x: rounded(x), width };
      x += width;
      return segment;
    });
}
