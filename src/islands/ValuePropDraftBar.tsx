import './ValuePropDraftBar.css';
// Choosing, naming, adding, duplicating and deleting drafts.
import { displayName, type Draft } from '../lib/value-prop/draft';
import { DRAFT_NAME_MAX_CHARS } from '../lib/value-prop/fields';
import ValuePropDraftPicker from './ValuePropDraftPicker';

interface Props {
  drafts: readonly Draft[];
  active: Draft;
  onSelect: (id: string) => void;
  onRename: (name: string) => void;
  onNew: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export default function ValuePropDraftBar({ drafts, active, onSelect, onRename, onNew, onDuplicate, onDelete }: Props) {
  return (
    <section className="vp-drafts no-print" aria-labelledby="vp-drafts-title">
      <h2 id="vp-drafts-title" className="visually-hidden">
        Your drafts
      </h2>
      <div className="vp-drafts-fields">
        <ValuePropDraftPicker
          id="vp-draft-select"
          label="Open draft"
          drafts={drafts}
          value={active.id}
          onChange={onSelect}
        />
        <div className="vp-control">
          <label htmlFor="vp-draft-name">Draft name</label>
          <input
            id="vp-draft-name"
            type="text"
            value={active.name}
            maxLength={DRAFT_NAME_MAX_CHARS}
            autoComplete="off"
            onChange={(event) => onRename(event.currentTarget.value)}
          />
        </div>
      </div>
      <div className="vp-drafts-actions" role="group" aria-label="Draft actions">
        <button type="button" className="button secondary" onClick={onNew}>
          New draft
        </button>
        <button type="button" className="button secondary" onClick={onDuplicate}>
          Duplicate
        </button>
        <button type="button" className="button secondary vp-danger" onClick={onDelete}>
          Delete<span className="visually-hidden"> “{displayName(active)}”</span>
        </button>
      </div>
    </section>
  );
}
