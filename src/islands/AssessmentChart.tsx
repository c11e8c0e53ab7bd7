import './AssessmentChart.css';
// Renders the pure chart model from src/lib/assessment/chart.ts; no geometry is computed here.
import type { ScoreChart } from '../lib/assessment/chart';
import AssessmentChartFrame from './AssessmentChartFrame';

interface Props {
  chart: ScoreChart;
  /** Prefix for the ids that name the SVG, unique on the page. */
  idPrefix: string;
  /** Short accessible title, e.g. "Your scores by dimension". */
  title: string;
}

/** An accessible horizontal bar chart, one bar per series and dimension, each value printed beside it. */
export default function AssessmentChart({ chart, idPrefix, title }: Props) {
  return (
    <AssessmentChartFrame figure={chart} className="assessment-chart" idPrefix={idPrefix} title={title}>
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
    </AssessmentChartFrame>
  );
}
