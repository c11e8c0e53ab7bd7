import './AssessmentChart.css';
// Renders the pure chart model from src/lib/assessment/chart.ts; no geometry is computed here.
import type { ScoreChart } from '../lib/assessment/chart';

interface Props {
  chart: ScoreChart;
  /** Prefix for the ids that name the SVG, unique on the page. */
  idPrefix: string;
  /** Short accessible title, e.g. "Your scores by dimension". */
  title: string;
}

/** An accessible horizontal bar chart: <title> and <desc> carry every value in words. */
export default function AssessmentChart({ chart, idPrefix, title }: Props) {
  return (
    <svg
      className="assessment-chart"
      viewBox={chart.viewBox}
      width={chart.width}
      height={chart.height}
      role="img"
      aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}
    >
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{chart.summary}</desc>
      <g className="chart-grid" aria-hidden="true">
        {chart.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={tick.x} x2={tick.x} y1={chart.gridTop} y2={chart.gridBottom} />
            <text x={tick.x} y={chart.tickLabelY} textAnchor={tick.anchor}>
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      {chart.rows.map((row) => (
        <g key={row.dimensionId} aria-hidden="true">
          <text className="chart-title" x={chart.trackX} y={row.titleY}>
            {row.title}
          </text>
          {row.bars.map((bar) => (
            <g key={bar.seriesIndex} className={`chart-series series-${bar.seriesIndex}`}>
              <rect
                className="chart-track"
                x={chart.trackX}
                y={bar.y}
                width={chart.trackWidth}
                height={bar.height}
                rx="3"
              />
              {bar.width > 0 && (
                <rect className="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx="3" />
              )}
              <text className="chart-value" x={bar.valueX} y={bar.valueY}>
                {bar.valueLabel}
              </text>
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
