import './ValuePropField.css';
// One question of a step: the input, where the answer lands, hints, a good and a weak example,
// and what the language check says about this answer.
import { memo } from 'react';
import type { FieldGuide } from '../schemas/value-prop';
import { FIELD_MAX_CHARS } from '../lib/value-prop/fields';
import type { Finding } from '../lib/value-prop/language-check';
import type { RuleView } from '../lib/value-prop/page-content';

interface Props {
  guide: FieldGuide;
  value: string;
  findings: readonly Finding[];
  rules: Record<Finding['rule'], RuleView>;
  onChange: (value: string) => void;
}

/** Show the character count once an answer is this close to the limit. */
const COUNT_FROM = FIELD_MAX_CHARS - 100;

export default function ValuePropField({ guide, value, findings, rules, onChange }: Props) {
  const id = `vp-field-${guide.id}`;
  const describedBy = [`${id}-prompt`, guide.frame ? `${id}-frame` : '', findings.length ? `${id}-findings` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    maxLength: FIELD_MAX_CHARS,
    'aria-describedby': describedBy,
    autoComplete: 'off',
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
  };
  return (
    <div className="vp-field">
      <label htmlFor={id} className="vp-field-label">
        {guide.label}
      </label>
      <p id={`${id}-prompt`} className="vp-field-prompt">
        {guide.prompt}
      </p>
      {guide.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      <div className="vp-field-meta">
        {guide.frame && (
          <p id={`${id}-frame`} className="vp-frame">
            <span className="visually-hidden">In the statement it reads: </span>
            <span aria-hidden="true">Reads as </span>“{guide.frame}”
          </p>
        )}
        {value.length >= COUNT_FROM && (
          <p className="vp-count">
            {value.length} of {FIELD_MAX_CHARS} characters
          </p>
        )}
      </div>
      {findings.length > 0 && (
        <ul id={`${id}-findings`} className="vp-field-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${index}`} className={`vp-finding-${finding.severity}`}>
              <strong>{rules[finding.rule].title}:</strong> {finding.message}{' '}
              <span className="vp-fix">Try: {finding.fix}</span>
            </li>
          ))}
        </ul>
      )}
      <FieldHelp guide={guide} />
    </div>
  );
}

/** The hints and examples: static content, so a keystroke or a loaded draft skips it. */
const FieldHelp = memo(function FieldHelp({ guide }: { guide: FieldGuide }) {
  return (
    <details className="vp-help">
      <summary>
        Hints and examples<span className="visually-hidden"> for {guide.label}</span>
      </summary>
      <ul className="vp-hints">
        {guide.hints.map((hint) => (
          <li key={hint}>{hint}</li>
        ))}
      </ul>
      <dl className="vp-examples">
        <div className="vp-example-good">
          <dt>Strong</dt>
          <dd>“{guide.good}”</dd>
        </div>
        <div className="vp-example-bad">
          <dt>Weak</dt>
          <dd>
            “{guide.bad}” <span className="vp-because">{guide.badBecause}</span>
          </dd>
        </div>
      </dl>
    </details>
  );
});
