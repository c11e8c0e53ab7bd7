import './ValuePropOutput.css';
// The live output: positioning statement, headline and sub-headline, elevator pitch.
import type { ComposedOutputs } from '../lib/value-prop/compose';
import { FIELD_IDS, type FieldId } from '../lib/value-prop/fields';

import ValuePropSegments, { SegmentsParagraph } from './ValuePropSegments';

interface Props {
  outputs: ComposedOutputs;
  filled: number;
  label: (field: FieldId) => string;
}

export default function ValuePropOutput({ outputs, filled, label }: Props) {
  return (
    <section className="vp-output card" aria-labelledby="vp-output-title">
      <h2 id="vp-output-title" tabIndex={-1}>
        Your value proposition
      </h2>
      <p className="meta">
        {filled} of {FIELD_IDS.length} answers so far.{' '}
        {filled < FIELD_IDS.length && 'Dashed boxes mark what is still to come.'}
      </p>
      <h3>Positioning statement</h3>
      <p className="vp-statement" data-testid="vp-positioning">
        <ValuePropSegments segments={outputs.positioning} label={label} />
      </p>
      <h3>Headline and sub-headline</h3>
      <SegmentsParagraph className="vp-headline" segments={outputs.headline} label={label} />
      <SegmentsParagraph className="vp-subheadline" segments={outputs.subheadline} label={label} />
      <h3>Elevator pitch</h3>
      <SegmentsParagraph className="vp-pitch" segments={outputs.pitch} label={label} />
    </section>
  );
}
