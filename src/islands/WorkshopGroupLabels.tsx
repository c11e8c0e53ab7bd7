// Naming groups: a label per person, suggested from the labels already given. Labels stay on the
// page and in the team link; blank keeps a person anonymous.
import type { WorkshopRespondent } from '../lib/assessment/workshop/aggregate';
import { MAX_LABEL_LENGTH } from '../lib/assessment/workshop/team-link';

interface Props {
  respondents: (WorkshopRespondent & { code: string })[];
  labelsInUse: string[];
  /** The labels in use in words, or that everyone is anonymous. */
  summary: string;
  onLabel: (code: string, label: string) => void;
}

/** The fold-out list of people with a label field each. */
export default function WorkshopGroupLabels({ respondents, labelsInUse, summary, onLabel }: Props) {
  return (
    <details className="workshop-labels no-print">
      <summary>Name groups (optional): {summary}</summary>
      <p className="meta">
        Give people a label such as “boss”, “sales” or “support” to see each group against the rest. Labels stay on this
        page and in the team link; leave them blank to keep everyone anonymous.
      </p>
      <datalist id="workshop-label-options">
        {labelsInUse.map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <ol className="workshop-label-list">
        {respondents.map((respondent, index) => (
          <li key={respondent.code}>
            <label htmlFor={`workshop-label-${index}`}>Person {index + 1}</label>
            <input
              id={`workshop-label-${index}`}
              type="text"
              list="workshop-label-options"
              maxLength={MAX_LABEL_LENGTH}
              value={respondent.label}
              onChange={(event) => onLabel(respondent.code, event.currentTarget.value)}
            />
          </li>
        ))}
      </ol>
    </details>
  );
}
