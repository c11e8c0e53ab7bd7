import './ValuePropCheck.css';
// The customer's-eye check: the rating, the we/you balance, and each finding with its fix,
// a way to jump to the field, and the lesson that explains the rule.
import { useState } from 'react';
import type { FieldId } from '../lib/value-prop/fields';
import type { LanguageReport } from '../lib/value-prop/language-check';
import type { RuleView } from '../lib/value-prop/page-content';
import type { Rating, RatingBand } from '../lib/value-prop/rating';
import { countOf } from '../lib/plural';

interface Props {
  report: LanguageReport;
  rating: Rating;
  bands: readonly RatingBand[];
  rules: Record<LanguageReport['findings'][number]['rule'], RuleView>;
  label: (field: FieldId) => string;
  onGoToField: (field: FieldId) => void;
}

/** Findings listed before "Show all": enough to act on without burying the rest of the page. */
const FINDINGS_SHOWN = 5;

export default function ValuePropCheck({ report, rating, bands, rules, label, onGoToField }: Props) {
  const { findings, balance } = report;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? findings : findings.slice(0, FINDINGS_SHOWN);
  // The meter's colour zones follow the content's bands: below the middle band is low, the top band high.
  const mins = bands.map((band) => band.min).sort((a, b) => a - b);
  const [low, high] = [mins[1] ?? 0, mins.at(-1) ?? 100];
  return (
    <section className="vp-check card" aria-labelledby="vp-check-title">
      <h2 id="vp-check-title">Customer’s-eye check</h2>
      {rating.status === 'rated' ? (
        <div className="vp-rating">
          <p className="vp-score">
            <label htmlFor="vp-score-meter" className="vp-score-label">
              Rating
            </label>{' '}
            <span className="vp-score-number">{rating.score}</span>
            <span className="vp-score-of">/100</span> <strong>{rating.band.label}</strong>
          </p>
          <meter id="vp-score-meter" min={0} max={100} low={low} high={high} optimum={100} value={rating.score}>
            {rating.score} out of 100
          </meter>
          <p>{rating.band.description}</p>
        </div>
      ) : (
        <p className="vp-rating-pending">
          Answer at least {rating.needed} questions for a rating ({rating.filled} so far). Findings appear as soon as
          you type.
        </p>
      )}
      <p className="vp-balance">
        Company words (we, our, us): <strong>{balance.company}</strong> · Customer words (you, your):{' '}
        <strong>{balance.customer}</strong>
      </p>
      {findings.length === 0 ? (
        <p className="vp-all-clear">
          {rating.status === 'rated'
            ? 'Nothing flagged. Now read it aloud to someone who might buy it, and listen for what they repeat back.'
            : 'Nothing flagged yet.'}
        </p>
      ) : (
        <>
          <h3 className="vp-findings-title">
            {countOf(findings.length, { one: 'thing', other: 'things' })} to sharpen
          </h3>
          <ol className="vp-findings">
            {shown.map((finding, index) => {
              const rule = rules[finding.rule];
              return (
                <li
                  key={`${finding.field}-${finding.rule}-${index}`}
                  className={`vp-finding vp-finding-${finding.severity}`}
                >
                  <p className="vp-finding-head">
                    <strong>{rule.title}</strong>
                    {finding.severity === 'tip' && <span className="badge">Tip</span>} in{' '}
                    <button type="button" className="vp-link-button" onClick={() => onGoToField(finding.field)}>
                      {label(finding.field)}
                    </button>
                  </p>
                  <p>{finding.message}</p>
                  <p>
                    <span className="vp-fix-label">Try:</span> {finding.fix}
                  </p>
                  <p className="meta">
                    {rule.explain}{' '}
                    {rule.lesson.href ? (
                      <a href={rule.lesson.href}>
                        Read “{rule.lesson.title}”<span className="visually-hidden"> (lesson)</span>
                      </a>
                    ) : (
                      <span>Lesson: {rule.lesson.title} (coming soon)</span>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
          {findings.length > FINDINGS_SHOWN && (
            <button
              type="button"
              className="button secondary vp-show-all"
              aria-expanded={showAll}
              onClick={() => setShowAll(!showAll)}
            >
              {showAll ? `Show the first ${FINDINGS_SHOWN} only` : `Show all ${findings.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
