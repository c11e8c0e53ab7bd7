import './ValuePropSteps.css';
// The four guided steps: a step list to jump between them, and the open step's questions.
import type { DraftFields, FieldId } from '../lib/value-prop/fields';
import { fieldText } from '../lib/value-prop/fields';
import type { Finding } from '../lib/value-prop/language-check';
import type { RuleView, StepView } from '../lib/value-prop/page-content';
import ValuePropField from './ValuePropField';

interface Props {
  steps: readonly StepView[];
  stepIndex: number;
  fields: DraftFields;
  findingsByField: ReadonlyMap<FieldId, Finding[]>;
  rules: Record<Finding['rule'], RuleView>;
  onStep: (index: number) => void;
  onEdit: (field: FieldId, value: string) => void;
  onFinish: () => void;
}

export default function ValuePropSteps({
  steps,
  stepIndex,
  fields,
  findingsByField,
  rules,
  onStep,
  onEdit,
  onFinish,
}: Props) {
  const step = steps[stepIndex] ?? steps[0];
  if (!step) return null;
  const last = stepIndex === steps.length - 1;
  return (
    <div className="vp-steps">
      <nav aria-label="Steps" className="vp-stepper no-print">
        <ol>
          {steps.map((candidate, index) => {
            const answered = candidate.fields.filter((field) => fieldText(fields, field.id) !== '').length;
            return (
              <li key={candidate.id}>
                <button
                  type="button"
                  className="vp-step-button"
                  aria-current={index === stepIndex ? 'step' : undefined}
                  onClick={() => onStep(index)}
                >
                  <span className="vp-step-number" aria-hidden="true">
                    {candidate.rule}
                  </span>
                  <span className="vp-step-text">
                    <span className="vp-step-name">
                      <span className="visually-hidden">Step {index + 1}: </span>
                      {candidate.short}
                    </span>
                    <span className="vp-step-progress">
                      {answered} of {candidate.fields.length}
                      <span className="visually-hidden"> answered</span>
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section className="vp-step card" aria-labelledby="vp-step-title">
        <p className="eyebrow">
          Step {stepIndex + 1} of {steps.length} · Golden rule {step.rule}
        </p>
        <h2 id="vp-step-title" tabIndex={-1}>
          {step.title}
        </h2>
        <div className="vp-why">
          <p>{step.why}</p>
          <p className="meta">
            The lesson behind this step:{' '}
            {step.lesson.href ? (
              <a href={step.lesson.href}>{step.lesson.title}</a>
            ) : (
              <span>{step.lesson.title} (coming soon)</span>
            )}
          </p>
        </div>
        {step.fields.map((guide) => (
          <ValuePropField
            key={guide.id}
            guide={guide}
            value={fields[guide.id] ?? ''}
            findings={findingsByField.get(guide.id) ?? []}
            rules={rules}
            onChange={(value) => onEdit(guide.id, value)}
          />
        ))}
        <div className="vp-step-nav">
          {stepIndex > 0 && (
            <button type="button" className="button secondary" onClick={() => onStep(stepIndex - 1)}>
              Back<span className="visually-hidden">: {steps[stepIndex - 1]?.short}</span>
            </button>
          )}
          {last ? (
            <button type="button" className="button" onClick={onFinish}>
              See your value proposition
            </button>
          ) : (
            <button type="button" className="button" onClick={() => onStep(stepIndex + 1)}>
              Next: {steps[stepIndex + 1]?.short}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
