// Drafts in localStorage. The browser may refuse (private mode, a full quota) or hand back
// something corrupt; every path keeps what is already saved and says what happened.
import * as z from 'zod/mini';
import { draftSchema, type Draft } from './draft';
import { MAX_DRAFTS } from './fields';
import { err, ok, type Result } from '../result';
import { readStored, writeStored, type StorageLike } from '../versioned-storage';
import { countOf } from '../plural';

/** Where the drafts live. */
export const STORAGE_KEY = 'market-driven:value-prop:v1';
/** Where unreadable stored data is copied before anything new is written over it. */
export const BACKUP_KEY = 'market-driven:value-prop:backup';

/** What was stored: the drafts that could be read, and the one that was open. */
export interface StoredDrafts {
  drafts: Draft[];
  activeId?: string | undefined;
}

/** The outcome of loading: what was read, whether saving is safe, and what to tell the user. */
export interface LoadOutcome extends StoredDrafts {
  /** False when writing could destroy data the user has not got back yet. */
  canSave: boolean;
  /** A message to show, when something was not as expected. */
  notice?: { tone: 'info' | 'error'; message: string } | undefined;
}

const envelopeSchema = z.object({
  version: z.literal(1),
  activeId: z.optional(z.string()),
  drafts: z.array(z.unknown()),
});

/** The text stored for these drafts. */
export function serializeDrafts(stored: StoredDrafts): string {
  return JSON.stringify({ version: 1, activeId: stored.activeId, drafts: stored.drafts });
}

/** Reads stored text: every valid draft is kept, unreadable ones are counted. Never throws. */
export function parseStoredDrafts(raw: string | null): {
  drafts: Draft[];
  activeId?: string | undefined;
  dropped: number;
  corrupt: boolean;
} {
  if (raw === null || raw === '') return { drafts: [], dropped: 0, corrupt: false };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { drafts: [], dropped: 0, corrupt: true };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { drafts: [], dropped: 0, corrupt: true };
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const candidate of envelope.data.drafts) {
    const parsed = draftSchema.safeParse(candidate);
    if (parsed.success && !seen.has(parsed.data.id) && drafts.length < MAX_DRAFTS) {
      seen.add(parsed.data.id);
      drafts.push(parsed.data);
    } else {
      dropped += 1;
    }
  }
  return { drafts, activeId: envelope.data.activeId, dropped, corrupt: false };
}

/** Loads drafts from storage. `getStorage` may throw (storage disabled); that is reported, not thrown. */
export function loadDrafts(getStorage: () => StorageLike | undefined): LoadOutcome {
  let storage: StorageLike | undefined;
  try {
    storage = getStorage();
  } catch {
    storage = undefined;
  }
  const read = readStored(storage, STORAGE_KEY);
  if (!read.ok) return { drafts: [], canSave: false, notice: { tone: 'error', message: STORAGE_MESSAGES.unavailable } };
  const raw = read.value;
  const parsed = parseStoredDrafts(raw);
  if (!parsed.corrupt && parsed.dropped === 0)
    return { drafts: parsed.drafts, activeId: parsed.activeId, canSave: true };

  // Keep a copy of what could not be read before autosave writes over it.
  const backedUp = raw !== null && writeStored(storage, BACKUP_KEY, raw).ok;
  const what = parsed.corrupt
    ? 'The drafts saved in this browser could not be read.'
    : `${countOf(parsed.dropped, { one: 'saved draft', other: 'saved drafts' })} could not be read; the others are here.`;
  const message = backedUp
    ? `${what} A copy of the stored data was kept under “${BACKUP_KEY}” in this browser’s storage.`
    : `${what} Saving is paused so nothing stored is overwritten; export your work as JSON to keep it.`;
  return { drafts: parsed.drafts, activeId: parsed.activeId, canSave: backedUp, notice: { tone: 'error', message } };
}

/** Why a save failed. */
export type SaveError = { kind: 'quota' | 'unavailable'; message: string };

/** Saves the drafts; a full or refusing storage is an error value, and what was saved before stays. */
export function saveDrafts(storage: StorageLike | undefined, stored: StoredDrafts): Result<void, SaveError> {
  const written = writeStored(storage, STORAGE_KEY, serializeDrafts(stored));
  return written.ok ? ok(undefined) : err({ kind: written.error, message: STORAGE_MESSAGES[written.error] });
}

/** What to tell the user when storage lets them down. */
export const STORAGE_MESSAGES = {
  unavailable:
    'This browser is not letting the page save drafts (private browsing or blocked storage). Your work stays while this tab is open: export it as JSON or Markdown, or copy a share link, to keep it.',
  quota:
    'This browser’s storage is full, so your latest changes are not saved. Delete drafts you no longer need, or export this one as JSON to keep it.',
} as const;
