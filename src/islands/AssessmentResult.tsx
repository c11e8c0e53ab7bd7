import './AssessmentResult.css';
// The result: any answering style and edition note first, then the overall band and score, chart
// and table, what each dimension means, next steps, lessons for the weakest dimensions, and the
// share, print and compare actions. Every sentence and number comes from resultReport in
// lib/assessment/result-report.ts; this file only lays it out.
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Answers } from '../lib/assessment/answers';
import type { PublishedLessonLink } from '../lib/lesson-link';
import { scoreAssessment } from '../lib/assessment/score';
import { encodeShareCode, shareLinkPath } from '../lib/assessment/share-code';
import { ASSESSMENT_WORKSHOP_PATH } from '../lib/routes';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import { resultReport } from '../lib/assessment/result-report';
import AssessmentChart from './AssessmentChart';
import AssessmentReadNext from './AssessmentReadNext';
import AssessmentResultActions from './AssessmentResultActions';
import AssessmentResultNotes from './AssessmentResultNotes';
import AssessmentScoreTable from './AssessmentScoreTable';

interface Props {
  /** The current edition: its answering-style texts are used whatever edition is shown. */
  definition: AssessmentDefinition;
  /** The edition the answers belong to: the current one, or an earlier one for an old link. */
  edition: AssessmentEdition;
  answers: Answers;
  lessons: Record<string, PublishedLessonLink[]>;
  comparePath: string;
  /** True when showing someone else's result from a link. */
  shared: boolean;
  headingRef: RefObject<HTMLHeadingElement>;
  onEdit: (step: number) => void;
  onStartOver: () => void;
  onTakeItYourself: () => void;
}

const TABLE_COLUMNS = [{ label: 'Score' }, { label: 'Band', className: 'band-cell' }];

/** The result report for one set of answers. */
export default function AssessmentResult(props: Props) {
  const { definition, edition, answers, shared, headingRef } = props;
  const result = useMemo(() => scoreAssessment(edition, answers), [edition, answers]);
  const code = useMemo(() => encodeShareCode(edition, answers), [edition, answers]);
  const report = useMemo(
    () => resultReport(definition, edition, result, shared),
    [definition, edition, result, shared],
  );
  const [link, setLink] = useState('');
  useEffect(() => setLink(new URL(shareLinkPath(code), window.location.href).href), [code]);
  const edit = () => props.onEdit(report.firstBlankStep);

  if (!report.scored) {
    return (
      <section className="assessment-result" aria-labelledby="result-heading">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          {report.heading}
        </h2>
        <p>{report.explanation}</p>
        <button type="button" className="button" onClick={shared ? props.onTakeItYourself : edit}>
          {shared ? 'Take the assessment yourself' : 'Go back to the statements'}
        </button>
      </section>
    );
  }

  return (
    <section className="assessment-result" aria-labelledby="result-heading">
      {shared && (
        <div className="shared-banner no-print">
          <p>
            <strong>You are looking at a result someone shared with you.</strong> It lives only in the link; any answers
            of your own saved in this browser are untouched.
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={props.onTakeItYourself}>
              {report.takeItYourself}
            </button>
            <a className="button secondary" href={`${props.comparePath}#r=${code}`}>
              Compare it with another result
            </a>
            <a className="button secondary" href={`${ASSESSMENT_WORKSHOP_PATH}#r=${code}`}>
              Add it to a team workshop
            </a>
          </div>
        </div>
      )}

      <AssessmentResultNotes report={report} shared={shared} headingRef={headingRef} onEdit={edit} />

      <h3>Score by dimension</h3>
      <div className="result-figure side-by-side">
        <AssessmentChart chart={report.chart} idPrefix="result-chart" title={report.chartTitle} />
        <AssessmentScoreTable
          className="score-table"
          caption="Scores by dimension, out of 100"
          captionHidden
          rowHeading="Dimension"
          columns={TABLE_COLUMNS}
          rows={report.rows.map((row) => ({
            key: row.dimensionId,
            title: row.title,
            cells: [
              row.score,
              <>
                {row.band}
                {row.note && <span className="meta"> ({row.note})</span>}
              </>,
            ],
          }))}
        />
      </div>

      <h3>{report.readingsHeading}</h3>
      <ul className="readings">
        {report.readings.map((reading) => (
          <li key={reading.dimensionId}>
            <h4>
              {reading.title} <span className="meta">{reading.meta}</span>
            </h4>
            <p>{reading.text}</p>
          </li>
        ))}
      </ul>

      <h3>Next steps</h3>
      <ol className="next-steps">
        {report.nextSteps.map((stepText) => (
          <li key={stepText}>{stepText}</li>
        ))}
      </ol>

      <AssessmentReadNext report={report} lessons={props.lessons} />

      <p className="print-only">Open this result online: {link}</p>

      <AssessmentResultActions
        report={report}
        link={link}
        code={code}
        comparePath={props.comparePath}
        shared={shared}
        answered={result.answered + result.notApplicable}
        onEdit={edit}
        onStartOver={props.onStartOver}
      />
    </section>
  );
}
