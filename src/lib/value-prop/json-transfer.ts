// Export and import of drafts as a JSON file. Imported drafts always arrive as new copies with
// fresh ids, so an import can never overwrite what the user already has.
import * as z from 'zod/mini';
import { draftFieldsSchema, draftNameSchema, type Draft } from './draft';
import { FIELD_IDS, MAX_DRAFTS, type DraftFields } from './fields';
import { err, ok, type Result } from '../result';

/** Identifies our files among all the JSON a user might pick. */
export const EXPORT_FORMAT = 'market-driven/value-proposition';
/** Current file version. */
export const EXPORT_VERSION = 1;
/** Largest file accepted: fifty full drafts fit in far less. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** A draft as it travels in a file: no local id. */
export interface TransferDraft {
  name: string;
  fields: DraftFields;
  createdAt?: string;
  updatedAt?: string;
}

const isoDate = z.optional(z.string().check(z.maxLength(40)));
const fileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  drafts: z.array(
    z.object({ name: draftNameSchema, fields: draftFieldsSchema, createdAt: isoDate, updatedAt: isoDate }),
  ),
});

/** The export file for some drafts, pretty-printed so people can read and diff it. */
export function exportDraftsJson(drafts: readonly Draft[], now: Date): string {
  return `${JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      drafts: drafts.map((draft) => ({
        name: draft.name,
        fields: Object.fromEntries(FIELD_IDS.filter((id) => draft.fields[id]).map((id) => [id, draft.fields[id]])),
        createdAt: new Date(draft.createdAt).toISOString(),
        updatedAt: new Date(draft.updatedAt).toISOString(),
      })),
    },
    null,
    2,
  )}\n`;
}

/** A file name for an export: the draft's name in kebab-case. */
export function exportFileName(name: string, extension: 'json' | 'md'): string {
  const stem = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${stem || 'value-proposition'}.${extension}`;
}

/** Reads an export file; never throws. `room` is how many more drafts the browser can hold. */
export function importDraftsJson(text: string, room = MAX_DRAFTS): Result<TransferDraft[]> {
  if (text.length > MAX_IMPORT_CHARS) {
    return err(
      `That file is too large (${Math.round(text.length / 1000)} kB). A value-proposition export is a few kilobytes; nothing was imported.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err('That file is not valid JSON, so nothing was imported. Choose a file exported from this builder.');
  }
  if (!isObject(raw) || raw['format'] !== EXPORT_FORMAT) {
    return err('That JSON file is not a value-proposition export from this builder, so nothing was imported.');
  }
  if (typeof raw['version'] === 'number' && raw['version'] > EXPORT_VERSION) {
    return err('That file was exported by a newer version of the builder, so it cannot be imported here.');
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return err(
      `That export file is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unexpected content'}. Nothing was imported.`,
    );
  }
  const drafts = parsed.data.drafts;
  if (drafts.length === 0) return err('That export file has no drafts in it.');
  if (drafts.length > room) {
    return err(
      `That file has ${drafts.length} drafts but there is room for ${room} more here. Delete some drafts first; nothing was imported.`,
    );
  }
  return ok(
    drafts.map((draft) => ({
      name: draft.name,
      fields: draft.fields,
      ...(draft.createdAt === undefined ? {} : { createdAt: draft.createdAt }),
      ...(draft.updatedAt === undefined ? {} : { updatedAt: draft.updatedAt }),
    })),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
