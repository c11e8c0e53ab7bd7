// What the builder island shows for the open draft, computed here so the island only draws it:
// the composed outputs, the language report, the rating and each field's findings.
import { composeOutputs, type ComposedOutputs } from './compose';
import { countFilled } from './draft';
import type { DraftFields, FieldId } from './fields';
import type { Finding, LanguageReport } from './language-check';
import { rateDraft, type Rating, type RatingBand } from './rating';

/** The open draft's view. */
export interface DraftView {
  outputs: ComposedOutputs;
  /** How many fields have an answer. */
  filled: number;
  report: LanguageReport;
  rating: Rating;
  /** The findings about each field, in report order. */
  findingsByField: ReadonlyMap<FieldId, Finding[]>;
}

/** Everything the builder shows about `fields`; `check` is the (memoised) language check. */
export function draftView(
  fields: DraftFields,
  check: (fields: DraftFields) => LanguageReport,
  bands: readonly RatingBand[],
): DraftView {
  const report = check(fields);
  const findingsByField = new Map<FieldId, Finding[]>();
  for (const finding of report.findings) {
    findingsByField.set(finding.field, [...(findingsByField.get(finding.field) ?? []), finding]);
  }
  return {
    outputs: composeOutputs(fields),
    filled: countFilled(fields),
    report,
    rating: rateDraft(fields, report, bands),
    findingsByField,
  };
}

/** The index of the step that asks for `field` (the first step when none does). */
export function stepOfField(steps: readonly { fields: readonly { id: FieldId }[] }[], field: FieldId): number {
  return Math.max(
    0,
    steps.findIndex((step) => step.fields.some((candidate) => candidate.id === field)),
  );
}
