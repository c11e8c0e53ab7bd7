import './WorkshopStripPlot.css';
// Draws the strip and box plot model from src/lib/assessment/workshop/strip-plot.ts; no geometry here.
import type { StripPlot } from '../lib/assessment/workshop/strip-plot';
import AssessmentChartFrame from './AssessmentChartFrame';

interface Props {
  plot: StripPlot;
  title: string;
}

/** An accessible strip plot: one dot per person, a box over the middle half; the table beside it has the numbers. */
export default function WorkshopStripPlot({ plot, title }: Props) {
  return (
    <AssessmentChartFrame figure={plot} className="workshop-plot" idPrefix="workshop-plot" title={title}>
      {plot.rows.map((row) => (
        <g key={row.dimensionId} aria-hidden="true">
          <text className="chart-title" x={plot.ticks[0]?.x ?? 0} y={row.titleY}>
            {row.title}
          </text>
          {row.whisker && (
            <line className="plot-whisker" x1={row.whisker.x1} x2={row.whisker.x2} y1={row.centerY} y2={row.centerY} />
          )}
          {row.box && (
            <rect className="plot-box" x={row.box.x} y={row.box.y} width={row.box.width} height={row.box.height} />
          )}
          {row.dots.map((dot, index) => (
            <circle key={index} className="plot-dot" cx={dot.x} cy={dot.y} r={2.6} />
          ))}
          {row.medianX !== null && row.box && (
            <line
              className="plot-median"
              x1={row.medianX}
              x2={row.medianX}
              y1={row.box.y - 3}
              y2={row.box.y + row.box.height + 3}
            />
          )}
        </g>
      ))}
    </AssessmentChartFrame>
  );
}
