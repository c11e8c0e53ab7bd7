// A labelled drop-down of the saved drafts, by name: opening one, or picking two to compare.
import { displayName, type Draft } from '../lib/value-prop/draft';

interface Props {
  id: string;
  label: string;
  drafts: readonly Draft[];
  value: string;
  onChange: (id: string) => void;
}

export default function ValuePropDraftPicker({ id, label, drafts, value, onChange }: Props) {
  return (
    <div className="vp-control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {drafts.map((draft) => (
          <option key={draft.id} value={draft.id}>
            {displayName(draft)}
          </option>
        ))}
      </select>
    </div>
  );
}
