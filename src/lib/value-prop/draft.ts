// The draft model: what a user is building, validated wherever it enters from outside
// (storage, a share link, an imported file). zod/mini keeps the island's bundle small.
import * as z from 'zod/mini';
import { DRAFT_NAME_MAX_CHARS, FIELD_IDS, FIELD_MAX_CHARS, type DraftFields, type FieldId } from './fields';

/** Name given to a draft the user has not named. */
export const UNTITLED_DRAFT_NAME = 'Untitled draft';

const fieldTextSchema = z.string().check(z.maxLength(FIELD_MAX_CHARS, `must be at most ${FIELD_MAX_CHARS} characters`));

/** A draft's answers: every field optional, unknown keys dropped (a newer version may add fields). */
export const draftFieldsSchema = z.object(
  Object.fromEntries(FIELD_IDS.map((id) => [id, z.optional(fieldTextSchema)])) as Record<
    FieldId,
    z.ZodMiniOptional<typeof fieldTextSchema>
  >,
);

/** A draft's name, as typed. */
export const draftNameSchema = z
  .string()
  .check(z.maxLength(DRAFT_NAME_MAX_CHARS, `must be at most ${DRAFT_NAME_MAX_CHARS} characters`));

/** A saved draft. */
export const draftSchema = z.object({
  /** Local id, unique within this browser's drafts. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a short id')),
  name: draftNameSchema,
  fields: draftFieldsSchema,
  /** Milliseconds since the epoch. */
  createdAt: z.number().check(z.nonnegative()),
  /** Milliseconds since the epoch; autosave updates it. */
  updatedAt: z.number().check(z.nonnegative()),
});

/** A saved draft. */
export type Draft = z.infer<typeof draftSchema>;

/** A new draft; time and id are passed in so this stays pure. */
export function createDraft(input: { id: string; name: string; fields?: DraftFields; now: number }): Draft {
  return {
    id: input.id,
    name: cleanName(input.name),
    fields: cleanFields(input.fields ?? {}),
    createdAt: input.now,
    updatedAt: input.now,
  };
}

/** The draft with one field changed (clipped to the field limit). */
export function updateField(draft: Draft, field: FieldId, value: string, now: number): Draft {
  return { ...draft, fields: { ...draft.fields, [field]: value.slice(0, FIELD_MAX_CHARS) }, updatedAt: now };
}

/** The draft under a new name; a blank name becomes "Untitled draft". */
export function renameDraft(draft: Draft, name: string, now: number): Draft {
  return { ...draft, name: name.slice(0, DRAFT_NAME_MAX_CHARS), updatedAt: now };
}

/** True when no field has any text. */
export function isDraftEmpty(draft: Draft): boolean {
  return FIELD_IDS.every((id) => (draft.fields[id] ?? '').trim() === '');
}

/** How many fields have text, out of all of them. */
export function countFilled(fields: DraftFields): number {
  return FIELD_IDS.filter((id) => (fields[id] ?? '').trim() !== '').length;
}

/** The name to show for a draft (never blank). */
export function displayName(draft: Pick<Draft, 'name'>): string {
  return draft.name.trim() || UNTITLED_DRAFT_NAME;
}

/** `base`, or `base (2)`, `base (3)`… so it differs from every name in `taken`. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const stem = cleanName(base);
  const names = new Set(taken.map((name) => name.trim().toLowerCase()));
  if (!names.has(stem.toLowerCase())) return stem;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${stem.slice(0, DRAFT_NAME_MAX_CHARS - suffix.length)}${suffix}`;
    if (!names.has(candidate.toLowerCase())) return candidate;
  }
}

function cleanName(name: string): string {
  const trimmed = name.trim().slice(0, DRAFT_NAME_MAX_CHARS).trim();
  return trimmed || UNTITLED_DRAFT_NAME;
}

function cleanFields(fields: DraftFields): DraftFields {
  const clean: DraftFields = {};
  for (const id of FIELD_IDS) {
    const value = fields[id];
    if (value !== undefined && value !== '') clean[id] = value.slice(0, FIELD_MAX_CHARS);
  }
  return clean;
}
