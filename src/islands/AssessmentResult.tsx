// The result: overall band and score, chart and table, what each dimension means, next steps,
// lessons for the weakest dimensions, and the share, print and compare actions.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Answers } from '../lib/assessment/answers';
import { buildScoreChart } from '../lib/assessment/chart';
import type { LessonLink } from '../lib/assessment/references';
import { scoreAssessment } from '../lib/assessment/score';
import { resultShareSubject } from '../lib/assessment/share-message';
import { encodeShareCode, shareLinkPath } from '../lib/assessment/share-code';
import { bossMailto } from '../lib/share';
import type { AssessmentDefinition } from '../schemas/assessment';
import AssessmentChart from './AssessmentChart';
import AssessmentStartOver from './AssessmentStartOver';

interface Props {
  definition: AssessmentDefinition;
  answers: Answers;
  lessons: Record<string, LessonLink[]>;
  comparePath: string;
  /** True when showing someone else's result from a link. */
  shared: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEdit: (step: number) => void;
  onStartOver: () => void;
  onTakeItYourself: () => void;
}

/** The result report for one set of answers. */
export default function AssessmentResult(props: Props) {
  const { definition, answers, lessons, comparePath, shared, headingRef } = props;
  const result = useMemo(() => scoreAssessment(definition, answers), [definition, answers]);
  const code = useMemo(() => encodeShareCode(definition, answers), [definition, answers]);
  const [link, setLink] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => setLink(new URL(shareLinkPath(code), window.location.href).href), [code]);

  const dimensionsById = new Map(definition.dimensions.map((dimension) => [dimension.id, dimension]));
  const bandsById = new Map(definition.bands.map((band) => [band.id, band]));
  const questionsById = new Map(definition.questions.map((question) => [question.id, question]));
  const scaleLabel = (value: number) => definition.scale.find((point) => point.value === value)?.label ?? String(value);
  const band = result.bandId ? bandsById.get(result.bandId) : undefined;
  const firstBlankStep = Math.max(
    definition.dimensions.findIndex(
      (_, index) => (result.dimensions[index]?.answered ?? 0) < (result.dimensions[index]?.total ?? 0),
    ),
    0,
  );
  const your = shared ? 'these' : 'your';

  const copy = async () => {
    setShowLink(true);
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus('Link copied. Whoever opens it sees these scores; nothing is sent anywhere until you paste it.');
    } catch {
      setCopyStatus('Your browser did not allow copying. Select the link below and copy it.');
      linkRef.current?.select();
    }
  };

  if (!band || result.overall === null) {
    return (
      <section className="assessment-result" aria-labelledby="result-heading">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          No answers yet
        </h2>
        <p>Answer at least one statement to see a result.</p>
        <button type="button" className="button" onClick={() => props.onEdit(0)}>
          Go to the first statement
        </button>
      </section>
    );
  }

  const chart = buildScoreChart(definition.dimensions, [
    { label: shared ? 'Shared result' : 'Your result', scores: result.dimensions.map((dimension) => dimension.score) },
  ]);

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
              Take the assessment yourself
            </button>
            <a className="button secondary" href={`${comparePath}#r=${code}`}>
              Compare it with another result
            </a>
          </div>
        </div>
      )}

      <header className="result-header">
        <p className="eyebrow">{shared ? 'A shared result' : 'Your result'}</p>
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          {band.label}
          <span className="result-score">
            {result.overall}
            <span className="result-out-of"> out of 100</span>
          </span>
        </h2>
        <p className="result-meaning">{band.meaning}</p>
      </header>

      {!result.complete && (
        <div className="result-caveat">
          <p>
            <strong>This is a partial result.</strong> It is based on {result.answered} of {result.total} statements.
            {result.unscoredDimensionIds.length > 0 &&
              ` ${result.unscoredDimensionIds.map((id) => dimensionsById.get(id)?.title).join(', ')} had no answers, so ${
                result.unscoredDimensionIds.length === 1 ? 'it is' : 'they are'
              } left out of the overall score.`}
          </p>
          {!shared && (
            <button type="button" className="link-button no-print" onClick={() => props.onEdit(firstBlankStep)}>
              Answer the remaining statements
            </button>
          )}
        </div>
      )}

      {result.contradictions.length > 0 && (
        <div className="result-caveat">
          <p>
            <strong>Some answers pull in opposite directions.</strong> Each pair below describes the same habit from
            both sides, so it is worth a second look before you act on the score.
          </p>
          <ul>
            {result.contradictions.map((contradiction) => {
              const [first, second] = contradiction.questionIds.map((id) => questionsById.get(id)?.statement ?? id);
              return (
                <li key={contradiction.questionIds.join()}>
                  {shared ? 'The' : 'Your'} answers on {dimensionsById.get(contradiction.dimensionId)?.title} disagree
                  with each other: “{scaleLabel(contradiction.values[0])}” to “{first}” and “
                  {scaleLabel(contradiction.values[1])}” to “{second}”
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <h3>Score by dimension</h3>
      <div className="result-figure side-by-side">
        <AssessmentChart
          chart={chart}
          idPrefix="result-chart"
          title={`${shared ? 'Shared' : 'Your'} scores by dimension`}
        />
        <table className="score-table">
          <caption className="visually-hidden">Scores by dimension, out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {result.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId}>
                <th scope="row">{dimensionsById.get(dimension.dimensionId)?.title}</th>
                <td>{dimension.score ?? '—'}</td>
                <td className="band-cell">
                  {dimension.bandId ? bandsById.get(dimension.bandId)?.label : 'Not answered'}
                  {dimension.answered > 0 && dimension.answered < dimension.total && (
                    <span className="meta">
                      {' '}
                      ({dimension.answered} of {dimension.total} answered)
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>What {your} scores mean</h3>
      <ul className="readings">
        {result.dimensions.map((dimension) => {
          const info = dimensionsById.get(dimension.dimensionId);
          return (
            <li key={dimension.dimensionId}>
              <h4>
                {info?.title}{' '}
                <span className="meta">
                  {dimension.score === null
                    ? 'not answered'
                    : `${dimension.score} / 100 · ${bandsById.get(dimension.bandId ?? '')?.label ?? ''}`}
                </span>
              </h4>
              <p>
                {dimension.bandId
                  ? info?.readings[dimension.bandId]
                  : 'No statements answered, so this dimension is not scored.'}
              </p>
            </li>
          );
        })}
      </ul>

      <h3>Next steps</h3>
      <ol className="next-steps">
        {band.nextSteps.map((stepText) => (
          <li key={stepText}>{stepText}</li>
        ))}
      </ol>

      <h3>Read next: lessons for {shared ? 'the' : 'your'} two weakest dimensions</h3>
      <div className="weakest">
        {result.weakestDimensionIds.map((id) => {
          const info = dimensionsById.get(id);
          const links = lessons[id] ?? [];
          return (
            <section key={id} className="weakest-dimension" aria-labelledby={`weakest-${id}`}>
              <h4 id={`weakest-${id}`}>
                {info?.title}{' '}
                <span className="meta">{result.dimensions.find((item) => item.dimensionId === id)?.score} / 100</span>
              </h4>
              {links.length > 0 ? (
                <ul>
                  {links.map((lesson) => (
                    <li key={lesson.slug}>
                      <a href={lesson.href}>{lesson.title}</a>
                      <span className="lesson-summary">{lesson.summary}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>
                  Lessons on this are on their way. Meanwhile, <a href="/lessons/">browse all lessons</a>.
                </p>
              )}
            </section>
          );
        })}
      </div>

      <p className="print-only">Open this result online: {link}</p>

      <div className="result-actions no-print">
        <button type="button" className="button" onClick={copy}>
          Copy link to this result
        </button>
        {link && (
          <a
            className="button secondary"
            href={bossMailto(
              resultShareSubject({
                link,
                bandLabel: band.label,
                overall: result.overall,
                meaning: band.meaning,
                weakest: result.weakestDimensionIds.map((id) => ({
                  title: definition.dimensions.find((dimension) => dimension.id === id)?.title ?? id,
                  score: result.dimensions.find((dimension) => dimension.dimensionId === id)?.score ?? null,
                })),
              }),
              // A result is private data: no tracking parameter on it.
              { utmSource: false },
            )}
          >
            E-mail this result
          </a>
        )}
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print report
        </button>
        {!shared && (
          <>
            <a className="button secondary" href={`${comparePath}#r=${code}`}>
              Compare with someone else
            </a>
            <button type="button" className="link-button" onClick={() => props.onEdit(firstBlankStep)}>
              Change answers
            </button>
            <AssessmentStartOver answered={result.answered} onConfirm={props.onStartOver} />
          </>
        )}
      </div>
      <p className="copy-status no-print" role="status">
        {copyStatus}
      </p>
      {showLink && (
        <p className="share-link no-print">
          <label htmlFor="share-link">Link to this result</label>
          <input
            id="share-link"
            ref={linkRef}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </section>
  );
}
