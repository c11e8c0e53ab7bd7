// What "Compare two drafts" shows, computed here so the island only draws it: which two drafts
// are picked, and one row per output, the rating and every answer, with identical rows marked.
import { composeOutputs, type Segment } from './compose';
import type { Draft } from './draft';
import { fieldText, type FieldId } from './fields';
import type { Rating } from './rating';
import { segmentsToPlain } from './text-export';

/** A cell: composed output (with gaps) or plain text. */
export type CompareCell = { segments: Segment[] } | { text: string };

/** One row of the table. */
export interface CompareRow {
  key: string;
  heading: string;
  cells: [CompareCell, CompareCell];
  /** Both drafts read the same here. */
  same: boolean;
}

/** What the rows need to know about the steps: each field's label, in step order. */
export interface CompareGuide {
  steps: readonly { fields: readonly { id: FieldId; label: string; gap?: string }[] }[];
}

/** The two drafts to compare: the chosen ones where they still exist and differ, or undefined with fewer than two. */
export function pickComparedDrafts(
  drafts: readonly Draft[],
  activeId: string,
  leftId: string,
  rightId: string | undefined,
): { left: Draft; right: Draft } | undefined {
  const left =
    drafts.find((draft) => draft.id === leftId) ?? drafts.find((draft) => draft.id === activeId) ?? drafts[0];
  const right =
    drafts.find((draft) => draft.id === rightId && draft.id !== left?.id) ??
    drafts.find((draft) => draft.id !== left?.id);
  return left && right ? { left, right } : undefined;
}

const OUTPUT_ROWS = [
  ['positioning', 'Positioning statement'],
  ['headline', 'Headline'],
  ['subheadline', 'Sub-headline'],
  ['pitch', 'Elevator pitch'],
] as const;

/** Every row of the comparison; `label` names a gap, `rate` rates a draft. */
export function compareRows(
  left: Draft,
  right: Draft,
  guide: CompareGuide,
  rate: (draft: Draft) => Rating,
  label: (field: FieldId) => string,
): CompareRow[] {
  const [a, b] = [composeOutputs(left.fields), composeOutputs(right.fields)];
  const ratingText = (draft: Draft) => {
    const rating = rate(draft);
    return rating.status === 'rated' ? `${rating.score}/100, ${rating.band.label}` : 'Not rated yet';
  };
  const text = (cell: CompareCell) => ('text' in cell ? cell.text : segmentsToPlain(cell.segments, label));
  const row = (key: string, heading: string, cells: [CompareCell, CompareCell]): CompareRow => ({
    key,
    heading,
    cells,
    same: text(cells[0]) === text(cells[1]),
  });
  return [
    ...OUTPUT_ROWS.map(([key, heading]) => row(key, heading, [{ segments: a[key] }, { segments: b[key] }])),
    row('rating', 'Customer’s-eye rating', [{ text: ratingText(left) }, { text: ratingText(right) }]),
    ...guide.steps.flatMap((step) =>
      step.fields.map((field) =>
        row(field.id, field.label, [
          { text: fieldText(left.fields, field.id) },
          { text: fieldText(right.fields, field.id) },
        ]),
      ),
    ),
  ];
}
