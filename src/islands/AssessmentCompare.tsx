import './AssessmentCompare.css';
// Over 250 lines: the paste form and the report share one state; the report’s sentences live in lib/assessment/compare-view.ts.
// Compare mode: paste two or more result links, see them on one chart and where they disagree.
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { NOT_APPLICABLE, type Response } from '../lib/assessment/answers';
import {
  MAX_RESPONDENTS,
  MIN_RESPONDENTS,
  compareResults,
  type Comparison,
  type Respondent,
} from '../lib/assessment/compare';
import { SHARE_PARAM, decodeResultLink } from '../lib/assessment/share-code';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import { compareReportView } from '../lib/assessment/compare-view';
import AssessmentChart from './AssessmentChart';
import { useFocusAfterRender } from './useFocusAfterRender';

interface Props {
  definition: AssessmentDefinition;
  /** Earlier editions, newest first, so links made with them can be compared too. */
  earlier: AssessmentEdition[];
  /** Path of the assessment page, for "take it yourself". */
  assessmentPath: string;
}

interface Row {
  key: number;
  label: string;
  link: string;
  error?: string;
}

/** Longest label a reader can give a result. */
const LABEL_MAX = 40;

const emptyRow = (key: number, link = ''): Row => ({ key, label: '', link });

/** The compare island. */
export default function AssessmentCompare({ definition, earlier, assessmentPath }: Props) {
  // Row keys name the inputs' ids, so they start the same on the server and in the browser.
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(0), emptyRow(1)]);
  const nextKey = useRef(MIN_RESPONDENTS);
  const newRow = (link = '') => emptyRow((nextKey.current += 1), link);
  const [compared, setCompared] = useState<{ respondents: Respondent[]; comparison: Comparison } | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // A result page links here with its own code in the fragment; start with it filled in.
  useEffect(() => {
    const codes = new URLSearchParams(window.location.hash.slice(1)).getAll(SHARE_PARAM).slice(0, MAX_RESPONDENTS);
    if (codes.length === 0) return;
    const base = new URL(assessmentPath, window.location.href).href;
    const filled = codes.map((code) => newRow(`${base}#${SHARE_PARAM}=${code}`));
    while (filled.length < MIN_RESPONDENTS) filled.push(newRow());
    setRows(filled);
  }, [assessmentPath]);

  useEffect(() => {
    if (compared) resultRef.current?.focus();
  }, [compared]);

  const update = (key: number, change: Partial<Row>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const respondents: Respondent[] = [];
    const checked = rows.map((row, index): Row => {
      if (row.link.trim() === '') return { ...row, error: '' };
      const decoded = decodeResultLink([definition, ...earlier], row.link);
      if (!decoded.ok) return { ...row, error: decoded.error.message };
      respondents.push({
        label: row.label.trim() || `Result ${index + 1}`,
        answers: decoded.value.answers,
        edition: decoded.value.edition,
      });
      return { ...row, error: '' };
    });
    const filled = rows.filter((row) => row.link.trim() !== '').length;
    const firstBad = checked.findIndex((row) => row.error);
    setRows(checked);
    if (firstBad >= 0 || respondents.length < MIN_RESPONDENTS) {
      setCompared(null);
      setStatus(
        firstBad >= 0
          ? 'One or more links could not be read. Each has a message below it.'
          : `Paste at least ${MIN_RESPONDENTS} result links to compare; ${filled === 0 ? 'none is' : `only ${filled} is`} filled in.`,
      );
      // Focus moves to the first field to fix, so a keyboard user lands where the problem is.
      focusAfterRender(errorRef);
      return;
    }
    setStatus('');
    setCompared({ respondents, comparison: compareResults(definition, respondents) });
  };

  const firstProblem = rows.findIndex((row) => row.error || row.link.trim() === '');

  return (
    <div className="assessment compare">
      <form className="compare-form" onSubmit={submit} noValidate aria-labelledby="compare-form-heading">
        <h2 id="compare-form-heading">The results to compare</h2>
        <p className="meta">
          Paste the links people copied from their result pages. Labels are optional and stay on this page.
        </p>
        {rows.map((row, index) => (
          <fieldset className="compare-row" key={row.key}>
            <legend>Result {index + 1}</legend>
            <div className="compare-fields">
              <p className="field">
                <label htmlFor={`label-${row.key}`}>Label (optional)</label>
                <input
                  id={`label-${row.key}`}
                  type="text"
                  maxLength={LABEL_MAX}
                  placeholder={index === 0 ? 'e.g. Boss' : index === 1 ? 'e.g. Team' : ''}
                  value={row.label}
                  onChange={(event) => update(row.key, { label: event.currentTarget.value })}
                />
              </p>
              <p className="field field-wide">
                <label htmlFor={`link-${row.key}`}>Result link</label>
                <input
                  id={`link-${row.key}`}
                  ref={index === firstProblem ? errorRef : null}
                  type="text"
                  inputMode="url"
                  autoComplete="off"
                  spellcheck={false}
                  value={row.link}
                  aria-invalid={row.error ? true : undefined}
                  aria-describedby={row.error ? `error-${row.key}` : undefined}
                  onChange={(event) => update(row.key, { link: event.currentTarget.value, error: '' })}
                />
              </p>
            </div>
            {row.error && (
              <p className="field-error" id={`error-${row.key}`}>
                {row.error}
              </p>
            )}
            {rows.length > MIN_RESPONDENTS && (
              <button
                type="button"
                className="link-button"
                onClick={() => setRows((current) => current.filter((item) => item.key !== row.key))}
              >
                Remove result {index + 1}
              </button>
            )}
          </fieldset>
        ))}
        <div className="compare-actions">
          {rows.length < MAX_RESPONDENTS && (
            <button
              type="button"
              className="button secondary"
              onClick={() => setRows((current) => [...current, newRow()])}
            >
              Add another result
            </button>
          )}
          <button type="submit" className="button">
            Compare
          </button>
        </div>
        <p className="compare-status" role="status">
          {status}
        </p>
      </form>

      {compared && <ComparisonReport definition={definition} {...compared} headingRef={resultRef} />}
    </div>
  );
}

interface ReportProps {
  definition: AssessmentDefinition;
  respondents: Respondent[];
  comparison: Comparison;
  headingRef: RefObject<HTMLHeadingElement>;
}

/** The comparison: what to talk about first, the overlay chart and table, the statements that differ most. */
function ComparisonReport({ definition, respondents, comparison, headingRef }: ReportProps) {
  const dimensionsById = new Map(definition.dimensions.map((dimension) => [dimension.id, dimension]));
  const questionsById = new Map(definition.questions.map((question) => [question.id, question]));
  const scaleLabel = (value: Response | null) =>
    value === null
      ? 'left blank'
      : value === NOT_APPLICABLE
        ? definition.notApplicable
        : (definition.scale[value - 1]?.label ?? String(value));
  const view = compareReportView(definition, respondents, comparison);
  const { labels, caveats, chart } = view;
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
        <AssessmentChart chart={chart} idPrefix="compare-chart" title="Scores by dimension, compared" />
        <table className="score-table">
          <caption className="visually-hidden">Scores by dimension, out of 100, for each result</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {labels.map((label, index) => (
                <th scope="col" key={`${label}-${index}`}>
                  {label}
                </th>
              ))}
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {comparison.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId}>
                <th scope="row">{dimensionsById.get(dimension.dimensionId)?.title}</th>
                {dimension.scores.map((score, index) => (
                  <td key={index}>{score ?? 'Not enough answers'}</td>
                ))}
                <td>{dimension.gap ?? '—'}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Overall</th>
              {comparison.results.map((result, index) => (
                <td key={index}>{result.overall ?? 'Not enough answers'}</td>
              ))}
              <td>—</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>Statements with the biggest differences</h3>
      {comparison.statements.length > 0 ? (
        <ol className="statement-list">
          {comparison.statements.map((statement) => (
            <li key={statement.questionId}>
              <p className="statement">
                “{questionsById.get(statement.questionId)?.statement}”
                <span className="meta"> · {dimensionsById.get(statement.dimensionId)?.title}</span>
              </p>
              <ul className="statement-answers">
                {statement.values.map((value, index) => (
                  <li key={index}>
                    <span className="answer-label">{labels[index]}:</span> {scaleLabel(value)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : (
        <p>No statement was answered more than one point apart on the scale.</p>
      )}
    </section>
  );
}
