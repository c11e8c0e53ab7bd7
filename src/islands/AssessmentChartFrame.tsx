import './AssessmentChartFrame.css';
// The SVG frame both score figures share: the accessible title and description and the 0–100 grid,
// drawn from the model in src/lib/assessment/score-axis.ts. The figure draws its own marks inside.
import type { ReactNode } from 'react';
import type { ScoreFigure } from '../lib/assessment/score-axis';

interface Props {
  figure: ScoreFigure;
  className: string;
  /** Prefix for the ids that name the SVG, unique on the page. */
  idPrefix: string;
  /** Short accessible title, e.g. "Your scores by dimension". */
  title: string;
  children: ReactNode;
}

/** An accessible score figure: <title> and <desc> carry every value in words. */
export default function AssessmentChartFrame({ figure, className, idPrefix, title, children }: Props) {
  return (
    <svg
      className={`score-figure ${className}`}
      viewBox={figure.viewBox}
      width={figure.width}
      height={figure.height}
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{figure.summary}</desc>
      <g className="chart-grid" aria-hidden="true">
        {figure.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={figure.gridTop} y2={figure.gridBottom} />
            <text x={tick.x} y={figure.tickLabelY} textAnchor={tick.anchor}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {children}
    </svg>
  );
}
