// The team's distribution per dimension as numbers, not markup: one row per dimension with a dot
// per person, a box over the middle half, a line at the median and whiskers to the extremes.
// The island only draws this model, as AssessmentChart draws chart.ts.
import { countOf } from '../../plural';
import { scoreFigure, scoreTicks, scoreToX, toTenth, type ScoreFigure } from '../score-axis';
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
export interface StripPlot extends ScoreFigure {
  rows: StripRow[];
}

export const PLOT_WIDTH = 420;
const LEFT = 6;
const RIGHT = 6;
const TITLE_HEIGHT = 20;
const ROW_HEIGHT = 30;
const ROW_GAP = 12;
const BOX_HEIGHT = 18;
const AXIS_HEIGHT = 24;
/** Dots within this many points share a column and are stacked, so every person stays visible. */
const DOT_BIN = 2;
const DOT_STEP = 4;
const PEOPLE = { one: 'person', other: 'people' };

const xFor = scoreToX(LEFT, PLOT_WIDTH - LEFT - RIGHT);

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
        return { x: toTenth(xFor(score)), y: toTenth(centerY + offset * DOT_STEP) };
      });
    return {
      dimensionId: dimension.id,
      title: dimension.title,
      titleY: top + TITLE_HEIGHT - 6,
      centerY,
      box: stats
        ? {
            x: toTenth(xFor(stats.q1)),
            width: toTenth(xFor(stats.q3) - xFor(stats.q1)),
            y: centerY - BOX_HEIGHT / 2,
            height: BOX_HEIGHT,
          }
        : null,
      medianX: stats ? toTenth(xFor(stats.median)) : null,
      whisker: stats ? { x1: toTenth(xFor(stats.min)), x2: toTenth(xFor(stats.max)) } : null,
      dots,
      summary: stats
        ? `${dimension.title}: ${countOf(distribution!.count, PEOPLE)}, median ${toTenth(stats.median)}, middle half ${toTenth(stats.q1)} to ${toTenth(stats.q3)}, range ${stats.min} to ${stats.max}.`
        : `${dimension.title}: no one answered enough to score it.`,
    };
  });
  const gridBottom = dimensions.length * (TITLE_HEIGHT + ROW_HEIGHT + ROW_GAP);
  const figure = scoreFigure(
    PLOT_WIDTH,
    { top: 0, bottom: gridBottom, axisHeight: AXIS_HEIGHT, tickLabelOffset: 16 },
    scoreTicks(xFor),
    rows.map((row) => row.summary).join(' '),
  );
  return { ...figure, rows };
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
      const width = toTenth((count / total) * ANSWER_BAR_WIDTH);
      const segment = { value, x: toTenth(x), width };
      x += width;
      return segment;
    });
}
