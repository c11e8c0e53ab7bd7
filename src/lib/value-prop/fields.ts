// The builder's fields, fixed in code because composition and the language check give each one
// a meaning; their labels, prompts, hints and examples are content (content/value-prop/builder.yaml).
import { FIELD_IDS } from '../../schemas/value-prop-ids';

export { FIELD_IDS, FIELD_MAX_CHARS } from '../../schemas/value-prop-ids';

/** One field of a draft. */
export type FieldId = (typeof FIELD_IDS)[number];

/** A draft's answers; a missing or blank field is a gap. */
export type DraftFields = { [K in FieldId]?: string | undefined };

/** Longest draft name. */
export const DRAFT_NAME_MAX_CHARS = 80;

/** How many drafts one browser keeps; beyond this, localStorage and the draft list get unwieldy. */
export const MAX_DRAFTS = 50;

/** Fields whose words a customer reads in the output, so the language check reads them closely. */
export const CUSTOMER_FACING_FIELDS: readonly FieldId[] = [
  'job',
  'pains',
  'gains',
  'category',
  'benefit',
  'proof',
  'difference',
];

/** True when `value` is one of the field ids. */
export function isFieldId(value: string): value is FieldId {
  return (FIELD_IDS as readonly string[]).includes(value);
}

/** The trimmed answer of a field, or '' when it is blank or missing. */
export function fieldText(fields: DraftFields, id: FieldId): string {
  return (fields[id] ?? '').trim();
}
