// The 0–100 axis both score figures share (the result's bar chart and the workshop's strip plot):
// where a score falls across the track, the grid ticks every 20 points and the frame every SVG
// needs, so the two figures cannot drift apart.

/** The highest score on the axis. */
export const MAX_SCORE = 100;
/** Points between grid lines. */
export const TICK_STEP = 20;

/** A grid line with its label. */
export interface AxisTick {
  value: number;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** What every score figure's SVG frame needs: its size, its grid and its summary in words. */
export interface ScoreFigure {
  width: number;
  height: number;
  viewBox: string;
  ticks: AxisTick[];
  /** Top and bottom of the grid lines. */
  gridTop: number;
  gridBottom: number;
  /** Baseline of the tick labels. */
  tickLabelY: number;
  /** Every value in words, for the SVG's <desc>. */
  summary: string;
}

/** Rounds to a tenth, so coordinates stay short in the markup. */
export const toTenth = (value: number): number => Math.round(value * 10) / 10;

/** Where a score falls on a track starting at `left`, `trackWidth` wide; scores are kept within 0–100. */
export function scoreToX(left: number, trackWidth: number): (score: number) => number {
  return (score) => left + (Math.min(Math.max(score, 0), MAX_SCORE) / MAX_SCORE) * trackWidth;
}

/** A tick every TICK_STEP points from 0 to 100, the outer labels anchored inside the figure. */
export function scoreTicks(xFor: (score: number) => number): AxisTick[] {
  return Array.from({ length: MAX_SCORE / TICK_STEP + 1 }, (_, step) => {
    const value = step * TICK_STEP;
    return {
      value,
      x: toTenth(xFor(value)),
      label: String(value),
      anchor: value === 0 ? 'start' : value === MAX_SCORE ? 'end' : 'middle',
    };
  });
}

/** The frame of a figure `width` wide whose grid ends at `gridBottom`, with the axis below it. */
export function scoreFigure(
  width: number,
  grid: { top: number; bottom: number; axisHeight: number; tickLabelOffset: number },
  ticks: AxisTick[],
  summary: string,
): ScoreFigure {
  const height = grid.bottom + grid.axisHeight;
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    ticks,
    gridTop: grid.top,
    gridBottom: grid.bottom,
    tickLabelY: grid.bottom + grid.tickLabelOffset,
    summary,
  };
}
