import './ValuePropSegments.css';
// Composed output as text: answers as typed, gaps as labelled dashed boxes. Never markup.
import { Fragment } from 'react';
import type { Segment } from '../lib/value-prop/compose';
import type { FieldId } from '../lib/value-prop/fields';

interface Props {
  segments: readonly Segment[];
  /** The gap's label, e.g. "primary customer". */
  label: (field: FieldId) => string;
}

export default function ValuePropSegments({ segments, label }: Props) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'gap' ? (
          <span key={index} className="vp-gap">
            <span className="visually-hidden">(missing: </span>
            {label(segment.field)}
            <span className="visually-hidden">)</span>
          </span>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** One paragraph of composed output, e.g. the headline. */
export function SegmentsParagraph({ className, ...props }: Props & { className: string }) {
  return (
    <p className={className}>
      <ValuePropSegments {...props} />
    </p>
  );
}
