import './AssessmentCompare.css';
// Compare mode: paste two or more result links, see them on one chart and where they disagree.
// Checking the rows is checkCompareRows in lib/assessment/compare-form.ts; the report's sentences
// are compareReportView in lib/assessment/compare-view.ts. This file keeps the form's state.
import { useEffect, useRef, useState } from 'react';
import {
  MAX_RESPONDENTS,
  MIN_RESPONDENTS,
  compareResults,
  type Comparison,
  type Respondent,
} from '../lib/assessment/compare';
import {
  LABEL_MAX,
  checkCompareRows,
  emptyRow,
  firstProblemRow,
  labelPlaceholder,
  linksFromHash,
  type CompareRow,
} from '../lib/assessment/compare-form';
import type { AssessmentDefinition, AssessmentEdition } from '../schemas/assessment';
import AssessmentCompareReport from './AssessmentCompareReport';
import AssessmentForm from './AssessmentForm';
import { useFocusAfterRender } from './useFocusAfterRender';

interface Props {
  definition: AssessmentDefinition;
  /** Earlier editions, newest first, so links made with them can be compared too. */
  earlier: AssessmentEdition[];
  /** Path of the assessment page, for "take it yourself". */
  assessmentPath: string;
}

/** The compare island. */
export default function AssessmentCompare({ definition, earlier, assessmentPath }: Props) {
  const [rows, setRows] = useState<CompareRow[]>(() => [emptyRow(0), emptyRow(1)]);
  const nextKey = useRef(MIN_RESPONDENTS);
  const newRow = (link = '') => emptyRow((nextKey.current += 1), link);
  const [compared, setCompared] = useState<{ respondents: Respondent[]; comparison: Comparison } | null>(null);
  const [status, setStatus] = useState('');
  const resultRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // A result page links here with its own code in the fragment; start with it filled in.
  useEffect(() => {
    const links = linksFromHash(window.location.hash, new URL(assessmentPath, window.location.href).href);
    if (links.length === 0) return;
    const filled = links.map((link) => newRow(link));
    while (filled.length < MIN_RESPONDENTS) filled.push(newRow());
    setRows(filled);
  }, [assessmentPath]);

  const update = (key: number, change: Partial<CompareRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = () => {
    const checked = checkCompareRows([definition, ...earlier], rows);
    setRows(checked.rows);
    setStatus(checked.status);
    if (!checked.respondents) {
      setCompared(null);
      // Focus moves to the first field to fix, so a keyboard user lands where the problem is.
      focusAfterRender(errorRef);
      return;
    }
    setCompared({ respondents: checked.respondents, comparison: compareResults(definition, checked.respondents) });
    focusAfterRender(resultRef);
  };

  const firstProblem = firstProblemRow(rows);

  return (
    <div className="assessment compare">
      <AssessmentForm className="compare-form" labelledBy="compare-form-heading" onSubmit={submit}>
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
                  placeholder={labelPlaceholder(index)}
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
      </AssessmentForm>

      {compared && <AssessmentCompareReport definition={definition} {...compared} headingRef={resultRef} />}
    </div>
  );
}
