// The top of a scored result: the edition and answering-style notes that describe the score, the
// band and score heading, how many answers it rests on, and any contradicting pairs of answers.
import type { RefObject } from 'react';
import type { ScoredReport } from '../lib/assessment/result-report';

interface Props {
  report: ScoredReport;
  shared: boolean;
  headingRef: RefObject<HTMLHeadingElement>;
  onEdit: () => void;
}

/** The result's heading with the notes around it. */
export default function AssessmentResultNotes({ report, shared, headingRef, onEdit }: Props) {
  const { coverage, contradictions } = report;
  return (
    <>
      {report.earlierEdition && (
        <div className="result-caveat edition-note" id="edition-note">
          <p>
            <strong>From an earlier version.</strong> {report.editionText} To see where the team stands today, take the
            current version.
          </p>
        </div>
      )}

      {report.styleName && (
        <div className="result-caveat answering-style" id="answering-style">
          <p>
            <strong>Answering style: {report.styleName}.</strong> {report.styleText}
          </p>
        </div>
      )}

      <header className="result-header">
        <p className="eyebrow">{report.eyebrow}</p>
        <h2 id="result-heading" ref={headingRef} tabIndex={-1} aria-describedby={report.describedBy || undefined}>
          {report.bandLabel}
          <span className="result-score">
            {report.overall}
            <span className="result-out-of"> out of 100</span>
          </span>
        </h2>
        <p className="result-meaning">{report.meaning}</p>
      </header>

      {coverage && (
        <div className="result-caveat">
          <p>
            {coverage.partial && (
              <>
                <strong>This is a partial result.</strong>{' '}
              </>
            )}
            {coverage.text}
          </p>
          {!shared && coverage.partial && (
            <button type="button" className="link-button no-print" onClick={onEdit}>
              Answer the remaining statements
            </button>
          )}
        </div>
      )}

      {contradictions && (
        <div className="result-caveat">
          <p>
            <strong>Some answers contradict each other.</strong> {contradictions.intro}
          </p>
          <ul>
            {contradictions.lines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
