// "Compare two drafts", its own island hydrated when the browser is idle: it reads the drafts the
// builder island keeps (ValuePropStore) and draws the rows lib/value-prop/compare-view computes.
import { useDeferredValue, useMemo, useState } from 'react';
import { compareRows, pickComparedDrafts, type CompareGuide } from '../lib/value-prop/compare-view';
import { displayName, type Draft } from '../lib/value-prop/draft';
import { checkLanguage, compileLanguageLists } from '../lib/value-prop/language-check';
import type { BuilderPageContent } from '../lib/value-prop/page-content';
import { rateDraft } from '../lib/value-prop/rating';
import { gapLabeller } from '../lib/value-prop/text-export';
import ValuePropDraftPicker from './ValuePropDraftPicker';
import ValuePropSegments from './ValuePropSegments';
import { useDraftsState } from './ValuePropStore';

/** What comparing needs: the field labels, and the check's lists, messages and bands to rate each draft. */
export type CompareContent = Pick<BuilderPageContent, 'lists' | 'rules' | 'ratingBands'> & {
  guide: CompareGuide;
};

interface Props {
  content: CompareContent;
}

export default function ValuePropCompare({ content }: Props) {
  // Deferred, so a keystroke paints the builder first and the comparison follows.
  const { drafts, activeId } = useDeferredValue(useDraftsState());
  const [leftId, setLeftId] = useState(activeId);
  const [rightId, setRightId] = useState<string | undefined>();
  const label = useMemo(() => gapLabeller(content.guide), [content.guide]);
  const rate = useMemo(() => {
    const compiled = compileLanguageLists(content.lists, content.rules);
    return (draft: Draft) => rateDraft(draft.fields, checkLanguage(draft.fields, compiled), content.ratingBands);
  }, [content]);
  const picked = pickComparedDrafts(drafts, activeId, leftId, rightId);
  const rows = useMemo(
    () => picked && compareRows(picked.left, picked.right, content.guide, rate, label),
    [picked?.left, picked?.right, content.guide, rate, label],
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
