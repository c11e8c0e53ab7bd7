import './WorkshopPasteReport.css';
// What a paste yielded: how many people loaded, and every link set aside with its line and reason.
import type { RefObject } from 'react';
import type { PasteReading } from '../lib/assessment/workshop/paste';
import { countOf } from '../lib/plural';

interface Props {
  reading: PasteReading;
  /** People on the team after this paste. */
  loaded: number;
  headingRef: RefObject<HTMLHeadingElement>;
}

/** The paste's outcome, announced and focused so a keyboard user hears it. */
export default function WorkshopPasteReport({ reading, loaded, headingRef }: Props) {
  const duplicates = reading.problems.filter((problem) => problem.kind === 'duplicate').length;
  const others = reading.problems.length - duplicates + reading.unlistedProblems;
  const parts = [
    reading.refusal ? null : countOf(reading.results.length, { one: 'person loaded', other: 'people loaded' }),
    duplicates ? countOf(duplicates, { one: 'repeat counted once', other: 'repeats counted once' }) : null,
    others ? countOf(others, { one: 'link could not be used', other: 'links could not be used' }) : null,
  ].filter(Boolean);
  return (
    <section className="workshop-paste-report no-print" aria-labelledby="workshop-paste-status">
      <h2 id="workshop-paste-status" ref={headingRef} tabIndex={-1}>
        {reading.refusal ? 'Nothing was loaded from that paste' : parts.join(' · ')}
      </h2>
      {reading.refusal && (
        <p className="field-error">
          {reading.refusal}
          {loaded > 0
            ? ` The ${countOf(loaded, { one: 'person', other: 'people' })} already loaded are still below.`
            : ''}
        </p>
      )}
      {reading.problems.length > 0 && (
        <>
          <h3 id="workshop-problems-heading">Set aside</h3>
          <ul className="workshop-problems" aria-labelledby="workshop-problems-heading">
            {reading.problems.map((problem, index) => (
              <li key={`${problem.line}-${index}`} className={`problem-${problem.kind}`}>
                <strong>Line {problem.line}:</strong> <code>{problem.excerpt}</code> {problem.message}
              </li>
            ))}
          </ul>
          {reading.unlistedProblems > 0 && (
            <p className="meta">
              …and {countOf(reading.unlistedProblems, { one: 'more link', other: 'more links' })} like these, not
              listed.
            </p>
          )}
        </>
      )}
    </section>
  );
}
