import { describe, expect, test } from 'vitest';
import { createDraft } from '../../../src/lib/value-prop/draft';
import {
  BACKUP_KEY,
  loadDrafts,
  parseStoredDrafts,
  saveDrafts,
  serializeDrafts,
  STORAGE_KEY,
  STORAGE_MESSAGES,
} from '../../../src/lib/value-prop/storage';
import type { StorageLike } from '../../../src/lib/versioned-storage';

const a = createDraft({ id: 'a', name: 'A', fields: { job: 'x' }, now: 1 });
const b = createDraft({ id: 'b', name: 'B', now: 2 });

/** An in-memory storage that can be told to fail like a browser does. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail?: 'quota' | 'security' | 'backup-quota',
): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      if (fail === 'quota' || (fail === 'backup-quota' && key === BACKUP_KEY))
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      if (fail === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('serializeDrafts', () => {
  test('writes a versioned envelope that parseStoredDrafts reads back', () => {
    const raw = serializeDrafts({ drafts: [a, b], activeId: 'b' });
    expect(JSON.parse(raw).version).toBe(1);
    expect(parseStoredDrafts(raw)).toEqual({ drafts: [a, b], activeId: 'b', dropped: 0, corrupt: false });
  });
});

describe('parseStoredDrafts', () => {
  test('nothing stored is not a problem', () => {
    expect(parseStoredDrafts(null)).toEqual({ drafts: [], dropped: 0, corrupt: false });
  });

  test('text that is not JSON, or not our envelope, is corrupt', () => {
    expect(parseStoredDrafts('{oops').corrupt).toBe(true);
    expect(parseStoredDrafts('[1,2]').corrupt).toBe(true);
    expect(parseStoredDrafts('{"version":2,"drafts":[]}').corrupt).toBe(true);
  });

  test('keeps the valid drafts and counts the unreadable and duplicate ones', () => {
    const raw = JSON.stringify({ version: 1, drafts: [a, { id: 'bad' }, a, 'junk', b] });
    expect(parseStoredDrafts(raw)).toMatchObject({ drafts: [a, b], dropped: 3, corrupt: false });
  });
});

describe('loadDrafts', () => {
  test('reads saved drafts and allows saving', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: serializeDrafts({ drafts: [a], activeId: 'a' }) });
    expect(loadDrafts(() => storage)).toEqual({ drafts: [a], activeId: 'a', canSave: true });
  });

  test('storage that throws on access (private mode) is reported, not thrown', () => {
    const outcome = loadDrafts(() => {
      throw new Error('SecurityError');
    });
    expect(outcome).toEqual({
      drafts: [],
      canSave: false,
      notice: { tone: 'error', message: STORAGE_MESSAGES.unavailable },
    });
  });

  test('corrupt storage is backed up before anything is written over it', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{corrupt' });
    const outcome = loadDrafts(() => storage);
    expect(storage.data[BACKUP_KEY]).toBe('{corrupt');
    expect(outcome.canSave).toBe(true);
    expect(outcome.notice?.message).toContain('could not be read');
    expect(outcome.notice?.message).toContain(BACKUP_KEY);
  });

  test('when the backup cannot be written, saving is paused so the original survives', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{corrupt' }, 'backup-quota');
    const outcome = loadDrafts(() => storage);
    expect(outcome.canSave).toBe(false);
    expect(outcome.notice?.message).toContain('Saving is paused');
    expect(storage.data[STORAGE_KEY]).toBe('{corrupt');
  });

  test('partly unreadable storage keeps the readable drafts and says how many were lost', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ version: 1, drafts: [a, { nope: 1 }] }) });
    const outcome = loadDrafts(() => storage);
    expect(outcome.drafts).toEqual([a]);
    expect(outcome.notice?.message).toContain('1 saved draft could not be read');
  });
});

describe('saveDrafts', () => {
  test('writes the drafts under the storage key', () => {
    const storage = memoryStorage();
    expect(saveDrafts(storage, { drafts: [a], activeId: 'a' })).toEqual({ ok: true, value: undefined });
    expect(parseStoredDrafts(storage.data[STORAGE_KEY] ?? null).drafts).toEqual([a]);
  });

  test('a full storage is a quota error and the previous save stays', () => {
    const previous = serializeDrafts({ drafts: [a] });
    const storage = memoryStorage({ [STORAGE_KEY]: previous }, 'quota');
    expect(saveDrafts(storage, { drafts: [a, b] })).toEqual({
      ok: false,
      error: { kind: 'quota', message: STORAGE_MESSAGES.quota },
    });
    expect(storage.data[STORAGE_KEY]).toBe(previous);
  });

  test('a refusing storage is an unavailable error', () => {
    expect(saveDrafts(memoryStorage({}, 'security'), { drafts: [a] })).toMatchObject({
      ok: false,
      error: { kind: 'unavailable' },
    });
  });
});
