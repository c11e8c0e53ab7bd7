// The comparison: what to talk about first, the overlay chart and table, the statements that differ
// most. Every sentence comes from compareReportView in lib/assessment/compare-view.ts.
import { useMemo, type RefObject } from 'react';
import type { Comparison, Respondent } from '../lib/assessment/compare';
import { compareReportView } from '../lib/assessment/compare-view';
import type { AssessmentDefinition } from '../schemas/assessment';
import AssessmentChart from './AssessmentChart';
import AssessmentScoreTable from './AssessmentScoreTable';
import AssessmentStatementQuote from './AssessmentStatementQuote';

interface Props {
  definition: AssessmentDefinition;
  respondents: Respondent[];
  comparison: Comparison;
  headingRef: RefObject<HTMLHeadingElement>;
}

/** The compare report for these respondents. */
export default function AssessmentCompareReport({ definition, respondents, comparison, headingRef }: Props) {
  const view = useMemo(
    () => compareReportView(definition, respondents, comparison),
    [definition, respondents, comparison],
  );
  const { labels, caveats } = view;
  const first = view.talkAboutFirst;

  return (
    <section className="compare-report" aria-labelledby="compare-heading">
      <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>
        Where you disagree most
      </h2>
      {caveats.length > 0 && (
        <ul className="result-caveat compare-caveats">
          {caveats.map((caveat) => (
            <li key={caveat}>{caveat}</li>
          ))}
        </ul>
      )}
      {first ? (
        <div className="talk-first">
          <p className="talk-first-lead">
            Talk about <strong>{first.title}</strong> first.
          </p>
          <p>{first.talkAboutFirst}</p>
        </div>
      ) : (
        <p className="talk-first">{view.agreement}</p>
      )}
      <ol className="gap-list">
        {view.largestGaps.map((line) => (
          <li key={line.dimensionId}>
            <strong>{line.title}</strong>: {line.gap} points apart
            <span className="meta"> ({line.scoresText})</span>
          </li>
        ))}
      </ol>

      <h3>Scores side by side</h3>
      <ul className="chart-legend" aria-label="Chart key">
        {labels.map((label, index) => (
          <li key={`${label}-${index}`}>
            <span className={`swatch series-${index}`} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <div className={view.sideBySide ? 'result-figure side-by-side' : 'result-figure'}>
        <AssessmentChart chart={view.chart} idPrefix="compare-chart" title="Scores by dimension, compared" />
        <AssessmentScoreTable
          className="score-table"
          caption="Scores by dimension, out of 100, for each result"
          captionHidden
          rowHeading="Dimension"
          columns={[...labels.map((label) => ({ label })), { label: 'Gap' }]}
          rows={view.tableRows}
        />
      </div>

      <h3>Statements with the biggest differences</h3>
      {view.statements.length > 0 ? (
        <ol className="statement-list">
          {view.statements.map((statement) => (
            <li key={statement.questionId}>
              <AssessmentStatementQuote statement={statement.statement} dimensionTitle={statement.dimensionTitle} />
              <ul className="statement-answers">
                {statement.answers.map(({ label, answer }, index) => (
                  <li key={index}>
                    <span className="answer-label">{label}:</span> {answer}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <p>{view.noStatements}</p>
      )}
    </section>
  );
}
