import './ValuePropCompare.css';
// "Compare two drafts", its own island hydrated when the browser is idle: it reads the drafts and
// the rater the builder island keeps (ValuePropStore) and draws the rows lib/value-prop/compare-view computes.
import { useDeferredValue, useMemo, useState } from 'react';
import { compareRows, pickComparedDrafts, type CompareGuide } from '../lib/value-prop/compare-view';
import { displayName, type Draft } from '../lib/value-prop/draft';
import type { Rating } from '../lib/value-prop/rating';
import { gapLabeller } from '../lib/value-prop/text-export';
import ValuePropDraftPicker from './ValuePropDraftPicker';
import ValuePropSegments from './ValuePropSegments';
import { useDraftRater, useDraftsState } from './ValuePropStore';

interface Props {
  /** Each field's label and gap label, in step order. */
  guide: CompareGuide;
}

/** Until the builder island has hydrated there is no rater; every draft reads as not rated yet. */
const NOT_YET: Rating = { status: 'not-enough', filled: 0, needed: 0 };

export default function ValuePropCompare({ guide }: Props) {
  // Deferred, so a keystroke paints the builder first and the comparison follows.
  const { drafts, activeId } = useDeferredValue(useDraftsState());
  const [leftId, setLeftId] = useState(activeId);
  const [rightId, setRightId] = useState<string | undefined>();
  const label = useMemo(() => gapLabeller(guide), [guide]);
  const rater = useDraftRater();
  const rate = useMemo(() => rater ?? ((_draft: Draft) => NOT_YET), [rater]);
  const picked = pickComparedDrafts(drafts, activeId, leftId, rightId);
  const rows = useMemo(
    () => picked && compareRows(picked.left, picked.right, guide, rate, label),
    [picked?.left, picked?.right, guide, rate, label],
  );

  return (
    <div className="vp-app">
      <section className="vp-compare no-print" aria-labelledby="vp-compare-title">
        <h2 id="vp-compare-title">Compare two drafts</h2>
        {!picked || !rows ? (
          <p className="vp-section-intro">
            Make a second draft to compare: duplicate this one and change it, or load a worked example.
          </p>
        ) : (
          <>
            <div className="vp-compare-pickers">
              {(
                [
                  ['vp-compare-left', 'First draft', picked.left, setLeftId],
                  ['vp-compare-right', 'Second draft', picked.right, setRightId],
                ] as const
              ).map(([id, pickerLabel, draft, onChange]) => (
                <ValuePropDraftPicker
                  key={id}
                  id={id}
                  label={pickerLabel}
                  drafts={drafts}
                  value={draft.id}
                  onChange={onChange}
                />
              ))}
            </div>
            <table className="vp-compare-table">
              <caption className="visually-hidden">
                {displayName(picked.left)} compared with {displayName(picked.right)}
              </caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{displayName(picked.left)}</th>
                  <th scope="col">{displayName(picked.right)}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={row.same ? 'vp-same' : undefined}>
                    <th scope="row">
                      {row.heading}
                      {row.same && <span className="vp-same-note"> (same)</span>}
                    </th>
                    {row.cells.map((cell, index) => (
                      // data-label names the draft above each cell when narrow screens stack the columns.
                      <td key={index} data-label={displayName(index === 0 ? picked.left : picked.right)}>
                        {'text' in cell ? (
                          cell.text || '—'
                        ) : (
                          <ValuePropSegments segments={cell.segments} label={label} />
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
