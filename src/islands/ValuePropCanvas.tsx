import './ValuePropCanvas.css';
// The one-page canvas that prints: hidden on screen, the only part of the builder on paper.
import type { ComposedOutputs } from '../lib/value-prop/compose';
import { displayName, type Draft } from '../lib/value-prop/draft';
import { fieldText, type FieldId } from '../lib/value-prop/fields';
import type { StepView } from '../lib/value-prop/page-content';
import type { Rating } from '../lib/value-prop/rating';
import ValuePropSegments, { SegmentsParagraph } from './ValuePropSegments';

interface Props {
  draft: Draft;
  outputs: ComposedOutputs;
  rating: Rating;
  steps: readonly StepView[];
  label: (field: FieldId) => string;
}

export default function ValuePropCanvas({ draft, outputs, rating, steps, label }: Props) {
  return (
    <div className="vp-canvas" aria-hidden="true">
      <header className="vp-canvas-header">
        <p className="vp-canvas-kicker">Value proposition canvas · Market Driven</p>
        <p className="vp-canvas-name">{displayName(draft)}</p>
        {rating.status === 'rated' && (
          <p className="vp-canvas-rating">
            Customer’s-eye rating: {rating.score}/100, {rating.band.label}
          </p>
        )}
      </header>
      <div className="vp-canvas-outputs">
        <SegmentsParagraph className="vp-canvas-headline" segments={outputs.headline} label={label} />
        <SegmentsParagraph className="vp-canvas-sub" segments={outputs.subheadline} label={label} />
        <p className="vp-canvas-label">Positioning statement</p>
        <p>
          <ValuePropSegments segments={outputs.positioning} label={label} />
        </p>
        <p className="vp-canvas-label">Elevator pitch</p>
        <p>
          <ValuePropSegments segments={outputs.pitch} label={label} />
        </p>
      </div>
      <div className="vp-canvas-grid">
        {steps.map((step) => (
          <div key={step.id} className="vp-canvas-cell">
            <p className="vp-canvas-label">
              {step.rule}. {step.title}
            </p>
            <dl>
              {step.fields.map((field) => (
                <div key={field.id}>
                  <dt>{field.label}</dt>
                  <dd>{fieldText(draft.fields, field.id) || '—'}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </div>
  );
}
