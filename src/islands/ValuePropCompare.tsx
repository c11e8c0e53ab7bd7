import './ValuePropCompare.css';
// Two drafts side by side: outputs, rating and every answer, with identical rows dimmed.
import { useState } from 'react';
import { composeOutputs, type Segment } from '../lib/value-prop/compose';
import { displayName, type Draft } from '../lib/value-prop/draft';
import { fieldText, type FieldId } from '../lib/value-prop/fields';
import type { Rating } from '../lib/value-prop/rating';
import type { StepView } from '../lib/value-prop/page-content';
import { segmentsToPlain } from '../lib/value-prop/text-export';
import ValuePropDraftPicker from './ValuePropDraftPicker';
import ValuePropSegments from './ValuePropSegments';

interface Props {
  drafts: readonly Draft[];
  activeId: string;
  steps: readonly StepView[];
  label: (field: FieldId) => string;
  rate: (draft: Draft) => Rating;
}

type Cell = { segments: Segment[] } | { text: string };
interface Row {
  key: string;
  heading: string;
  cells: [Cell, Cell];
}

export default function ValuePropCompare({ drafts, activeId, steps, label, rate }: Props) {
  const [leftId, setLeftId] = useState(activeId);
  const [rightId, setRightId] = useState<string | undefined>();
  const left =
    drafts.find((draft) => draft.id === leftId) ?? drafts.find((draft) => draft.id === activeId) ?? drafts[0];
  const right =
    drafts.find((draft) => draft.id === rightId && draft.id !== left?.id) ??
    drafts.find((draft) => draft.id !== left?.id);

  return (
    <section className="vp-compare no-print" aria-labelledby="vp-compare-title">
      <h2 id="vp-compare-title">Compare two drafts</h2>
      {!left || !right ? (
        <p className="vp-section-intro">
          Make a second draft to compare: duplicate this one and change it, or load a worked example.
        </p>
      ) : (
        <>
          <div className="vp-compare-pickers">
            <ValuePropDraftPicker
              id="vp-compare-left"
              label="First draft"
              drafts={drafts}
              value={left.id}
              onChange={setLeftId}
            />
            <ValuePropDraftPicker
              id="vp-compare-right"
              label="Second draft"
              drafts={drafts}
              value={right.id}
              onChange={setRightId}
            />
          </div>
          <CompareTable left={left} right={right} rows={rows(left, right, steps, rate)} label={label} />
        </>
      )}
    </section>
  );
}

function CompareTable({
  left,
  right,
  rows,
  label,
}: {
  left: Draft;
  right: Draft;
  rows: Row[];
  label: (field: FieldId) => string;
}) {
  const text = (cell: Cell) => ('text' in cell ? cell.text : segmentsToPlain(cell.segments, label));
  return (
    <table className="vp-compare-table">
      <caption className="visually-hidden">
        {displayName(left)} compared with {displayName(right)}
      </caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{displayName(left)}</th>
          <th scope="col">{displayName(right)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const same = text(row.cells[0]) === text(row.cells[1]);
          return (
            <tr key={row.key} className={same ? 'vp-same' : undefined}>
              <th scope="row">
                {row.heading}
                {same && <span className="vp-same-note"> (same)</span>}
              </th>
              {row.cells.map((cell, index) => (
                // data-label names the draft above each cell when narrow screens stack the columns.
                <td key={index} data-label={displayName(index === 0 ? left : right)}>
                  {'text' in cell ? cell.text || '—' : <ValuePropSegments segments={cell.segments} label={label} />}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function rows(left: Draft, right: Draft, steps: readonly StepView[], rate: (draft: Draft) => Rating): Row[] {
  const [a, b] = [composeOutputs(left.fields), composeOutputs(right.fields)];
  const ratingText = (draft: Draft) => {
    const rating = rate(draft);
    return rating.status === 'rated' ? `${rating.score}/100, ${rating.band.label}` : 'Not rated yet';
  };
  return [
    {
      key: 'positioning',
      heading: 'Positioning statement',
      cells: [{ segments: a.positioning }, { segments: b.positioning }],
    },
    { key: 'headline', heading: 'Headline', cells: [{ segments: a.headline }, { segments: b.headline }] },
    { key: 'subheadline', heading: 'Sub-headline', cells: [{ segments: a.subheadline }, { segments: b.subheadline }] },
    { key: 'pitch', heading: 'Elevator pitch', cells: [{ segments: a.pitch }, { segments: b.pitch }] },
    {
      key: 'rating',
      heading: 'Customer’s-eye rating',
      cells: [{ text: ratingText(left) }, { text: ratingText(right) }],
    },
    ...steps.flatMap((step) =>
      step.fields.map((field): Row => ({
        key: field.id,
        heading: field.label,
        cells: [{ text: fieldText(left.fields, field.id) }, { text: fieldText(right.fields, field.id) }],
      })),
    ),
  ];
}
