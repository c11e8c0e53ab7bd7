import './AssessmentResult.css';
// Over 250 lines: one report with six sections (score, readings, contradictions, table, lessons, share); its derived numbers and sentences live in lib/assessment/result-view.ts.
// The result: any answering style and edition note first, then the overall band and score, chart
// and table, what each dimension means, next steps, lessons for the weakest dimensions, and the
// share, print and compare actions.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Answers } from '../lib/assessment/answers';
import { ANSWERING_STYLE_NAMES } from '../lib/assessment/answering-style';
import { NOT_ENOUGH_ANSWERS, buildScoreChart } from '../lib/assessment/chart';
import type { PublishedLessonLink } from '../lib/lesson-link';
import { scoreAssessment } from '../lib/assessment/score';
import { resultShareSubject } from '../lib/assessment/share-message';
import { encodeShareCode, shareLinkPath } from '../lib/assessment/share-code';
import { WORKSHOP_PATH } from '../lib/assessment/workshop/paths';
import { bossMailto } from '../lib/share';
import { COPY_FALLBACK_MESSAGE, copyToClipboard } from '../scripts/clipboard';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import { answeredNote, resultView } from '../lib/assessment/result-view';
import AssessmentChart from './AssessmentChart';
import AssessmentStartOver from './AssessmentStartOver';
import { byCount } from '../lib/plural';

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

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The result report for one set of answers. */
export default function AssessmentResult(props: Props) {
  const { definition, edition, answers, lessons, comparePath, shared, headingRef } = props;
  const result = useMemo(() => scoreAssessment(edition, answers), [edition, answers]);
  const code = useMemo(() => encodeShareCode(edition, answers), [edition, answers]);
  const [link, setLink] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const [showLink, setShowLink] = useState(false);
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => setLink(new URL(shareLinkPath(code), window.location.href).href), [code]);

  const dimensionsById = new Map(edition.dimensions.map((dimension) => [dimension.id, dimension]));
  const bandsById = new Map(edition.bands.map((band) => [band.id, band]));
  const questionsById = new Map(edition.questions.map((question) => [question.id, question]));
  const scaleLabel = (value: number) => edition.scale.find((point) => point.value === value)?.label ?? String(value);
  const band = result.bandId ? bandsById.get(result.bandId) : undefined;
  const { firstBlankStep, earlierEdition, editionText, styleText, describedBy } = resultView(
    definition,
    edition,
    result,
  );
  const your = shared ? 'these' : 'your';
  const style = result.answeringStyle;

  const copy = async () => {
    setShowLink(true);
    const copied = await copyToClipboard(link, linkRef.current);
    setCopyStatus(
      copied
        ? 'Link copied. Whoever opens it sees these scores; nothing is sent anywhere until you paste it.'
        : COPY_FALLBACK_MESSAGE,
    );
  };

  if (!band || result.overall === null) {
    return (
      <section className="assessment-result" aria-labelledby="result-heading">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
          {result.answered + result.notApplicable === 0 ? 'No answers yet' : 'Not enough answers for a score'}
        </h2>
        <p>
          A dimension is scored once at least half of its statements are answered on the scale, including at least one
          of each kind. “{definition.notApplicable}” is left out of the score.
        </p>
        <button
          type="button"
          className="button"
          onClick={shared ? props.onTakeItYourself : () => props.onEdit(firstBlankStep)}
        >
          {shared ? 'Take the assessment yourself' : 'Go back to the statements'}
        </button>
      </section>
    );
  }

  const chart = buildScoreChart(edition.dimensions, [
    { label: shared ? 'Shared result' : 'Your result', scores: result.dimensions.map((dimension) => dimension.score) },
  ]);
  const titleOf = (id: string) => dimensionsById.get(id)?.title ?? id;

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
              {earlierEdition ? 'Take the current version yourself' : 'Take the assessment yourself'}
            </button>
            <a className="button secondary" href={`${comparePath}#r=${code}`}>
              Compare it with another result
            </a>
            <a className="button secondary" href={`${WORKSHOP_PATH}#r=${code}`}>
              Add it to a team workshop
            </a>
          </div>
        </div>
      )}

      {earlierEdition && (
        <div className="result-caveat edition-note" id="edition-note">
          <p>
            <strong>From an earlier version.</strong> {editionText} To see where the team stands today, take the current
            version.
          </p>
        </div>
      )}

      {style && (
        <div className="result-caveat answering-style" id="answering-style">
          <p>
            <strong>Answering style: {ANSWERING_STYLE_NAMES[style.kind]}.</strong> {styleText}
          </p>
        </div>
      )}

      <header className="result-header">
        <p className="eyebrow">{shared ? 'A shared result' : 'Your result'}</p>
        <h2 id="result-heading" ref={headingRef} tabIndex={-1} aria-describedby={describedBy || undefined}>
          {band.label}
          <span className="result-score">
            {result.overall}
            <span className="result-out-of"> out of 100</span>
          </span>
        </h2>
        <p className="result-meaning">{band.meaning}</p>
      </header>

      {(!result.complete || result.notApplicable > 0 || result.unscoredDimensionIds.length > 0) && (
        <div className="result-caveat">
          <p>
            {!result.complete && (
              <>
                <strong>This is a partial result.</strong>{' '}
              </>
            )}
            It is based on {result.answered} of {result.total} statements answered on the scale
            {result.notApplicable > 0 &&
              `; ${result.notApplicable} ${byCount(result.notApplicable, { one: 'was', other: 'were' })} marked “${definition.notApplicable}” and left out`}
            .
            {result.unscoredDimensionIds.length > 0 &&
              ` Not enough answers to score ${result.unscoredDimensionIds.map(titleOf).join(', ')}, so ${byCount(result.unscoredDimensionIds.length, { one: 'it is', other: 'they are' })} left out of the overall score.`}
          </p>
          {!shared && !result.complete && (
            <button type="button" className="link-button no-print" onClick={() => props.onEdit(firstBlankStep)}>
              Answer the remaining statements
            </button>
          )}
        </div>
      )}

      {result.contradictions.length > 0 && (
        <div className="result-caveat">
          <p>
            <strong>Some answers contradict each other.</strong>{' '}
            {earlierEdition
              ? 'Each pair below describes the same habit from both sides'
              : 'Each pair below is two statements that cannot both be true'}
            , so it is worth a second look before you act on the score.
          </p>
          <ul>
            {result.contradictions.map((contradiction) => {
              const [first, second] = contradiction.questionIds.map((id) => questionsById.get(id)?.statement ?? id);
              return (
                <li key={contradiction.questionIds.join()}>
                  {shared ? 'The' : 'Your'} answers on {titleOf(contradiction.dimensionId)} disagree with each other: “
                  {scaleLabel(contradiction.values[0])}” to “{first}” and “{scaleLabel(contradiction.values[1])}” to “
                  {second}”
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
            {result.dimensions.map((dimension) => {
              const note = answeredNote(dimension);
              return (
                <tr key={dimension.dimensionId}>
                  <th scope="row">{titleOf(dimension.dimensionId)}</th>
                  <td>{dimension.score ?? capitalised(NOT_ENOUGH_ANSWERS)}</td>
                  <td className="band-cell">
                    {dimension.bandId ? bandsById.get(dimension.bandId)?.label : '—'}
                    {note && <span className="meta"> ({note})</span>}
                  </td>
                </tr>
              );
            })}
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
                    ? NOT_ENOUGH_ANSWERS
                    : `${dimension.score} / 100 · ${bandsById.get(dimension.bandId ?? '')?.label ?? ''}`}
                </span>
              </h4>
              <p>
                {dimension.bandId
                  ? info?.readings[dimension.bandId]
                  : `Too few of its statements were answered on the scale to score it (${answeredNote(dimension) || 'none answered'}), so it is left out of the overall score.`}
              </p>
            </li>
          );
        })}
      </ul>

      <h3>Next steps</h3>
      <ol className="next-steps">
        {/* With an answering style the band's steps would act on a number the style set. */}
        {(style ? [definition.answeringStyles.nextStep] : band.nextSteps).map((stepText) => (
          <li key={stepText}>{stepText}</li>
        ))}
      </ol>

      {result.weakestDimensionIds.length > 0 ? (
        <>
          <h3>Read next: lessons for {shared ? 'the' : 'your'} weakest dimensions</h3>
          <div className="weakest">
            {result.weakestDimensionIds.map((id) => {
              const links = lessons[id] ?? [];
              return (
                <section key={id} className="weakest-dimension" aria-labelledby={`weakest-${id}`}>
                  <h4 id={`weakest-${id}`}>
                    {titleOf(id)}{' '}
                    <span className="meta">
                      {result.dimensions.find((item) => item.dimensionId === id)?.score} / 100
                    </span>
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
        </>
      ) : (
        result.weakestWithheld && (
          <>
            <h3>Read next</h3>
            <p className="no-weakest">
              {result.weakestWithheld === 'answering-style'
                ? definition.answeringStyles.noWeakest
                : 'Every scored dimension has the same score, so none is singled out as the weakest.'}{' '}
              <a href="/lessons/">Browse all lessons</a>.
            </p>
          </>
        )
      )}

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
                  title: titleOf(id),
                  score: result.dimensions.find((dimension) => dimension.dimensionId === id)?.score ?? null,
                })),
                answeringStyle: style ? ANSWERING_STYLE_NAMES[style.kind] : undefined,
                caveats: [...(style ? [styleText] : []), ...(earlierEdition ? [editionText] : [])],
                notEnoughAnswers: result.unscoredDimensionIds.map(titleOf),
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
            <a className="button secondary" href={`${WORKSHOP_PATH}#r=${code}`}>
              Bring a team’s results together
            </a>
            <button type="button" className="link-button" onClick={() => props.onEdit(firstBlankStep)}>
              Change answers
            </button>
            <AssessmentStartOver answered={result.answered + result.notApplicable} onConfirm={props.onStartOver} />
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
