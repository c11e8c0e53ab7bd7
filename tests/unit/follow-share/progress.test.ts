import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  isNewSinceLastVisit,
  isRead,
  loadProgress,
  PROGRESS_BACKUP_KEY,
  markRead,
  markUnread,
  nextUnread,
  parseProgress,
  PROGRESS_KEY,
  recordVisit,
  saveProgress,
  VISIT_GAP_MS,
  type ProgressStorage,
} from '../../../src/lib/progress';

const at = (iso: string) => new Date(iso);

function fakeStorage(initial: Record<string, string> = {}): ProgressStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe('parseProgress', () => {
  test('nothing stored is a fresh start, not a reset', () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), discarded: false });
  });
  test('round-trips what was saved', () => {
    const progress = markRead(emptyProgress(), 'listen-first', at('2026-11-20T10:00:00Z'));
    expect(parseProgress(JSON.stringify(progress)).progress).toEqual(progress);
  });
  test.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, read: {} })],
    ['read is a list', JSON.stringify({ version: 1, read: ['a'] })],
    ['a bad date', JSON.stringify({ version: 1, read: { a: 'yesterday-ish' } })],
    ['a bad slug', JSON.stringify({ version: 1, read: { '<img src=x>': '2026-11-20T10:00:00Z' } })],
    ['null', 'null'],
  ])('discards %s as a whole', (_name, raw) => {
    expect(parseProgress(raw)).toEqual({ progress: emptyProgress(), discarded: true });
  });
});

describe('markRead and markUnread', () => {
  test('mark and unmark a lesson; an earlier mark keeps its date', () => {
    const once = markRead(emptyProgress(), 'a', at('2026-11-20T10:00:00Z'));
    const twice = markRead(once, 'a', at('2026-11-21T10:00:00Z'));
    expect(twice.read['a']).toBe('2026-11-20T10:00:00.000Z');
    expect(isRead(markUnread(twice, 'a'), 'a')).toBe(false);
  });
  test('a slug named like an Object property is not read by accident', () => {
    expect(isRead(emptyProgress(), 'constructor')).toBe(false);
  });
});

describe('recordVisit and isNewSinceLastVisit', () => {
  test('a first visit shows nothing as new', () => {
    const progress = recordVisit(emptyProgress(), at('2026-11-20T10:00:00Z'));
    expect(isNewSinceLastVisit(progress, at('2026-11-20T00:00:00Z'))).toBe(false);
  });
  test('after a gap, lessons published since the previous visit are new, older ones are not', () => {
    const first = recordVisit(emptyProgress(), at('2026-11-15T10:00:00Z'));
    const second = recordVisit(first, at('2026-11-23T10:00:00Z'));
    expect(isNewSinceLastVisit(second, at('2026-11-22T00:00:00Z'))).toBe(true);
    expect(isNewSinceLastVisit(second, at('2026-11-15T00:00:00Z'))).toBe(false);
  });
  test('page views within one visit keep the same "previous visit", so badges do not vanish while browsing', () => {
    const first = recordVisit(emptyProgress(), at('2026-11-15T10:00:00Z'));
    const second = recordVisit(first, at('2026-11-23T10:00:00Z'));
    const third = recordVisit(second, new Date(at('2026-11-23T10:00:00Z').getTime() + VISIT_GAP_MS - 1));
    expect(third.previousVisit).toBe(second.previousVisit);
  });
});

describe('nextUnread', () => {
  const episodes = ['e1', 'e2', 'e3', 'e4'].map((slug) => ({ slug }));
  const read = (...slugs: string[]) =>
    slugs.reduce((p, slug) => markRead(p, slug, at('2026-11-20T10:00:00Z')), emptyProgress());
  test('is undefined for a reader who has not started', () => {
    expect(nextUnread(episodes, emptyProgress())).toBeUndefined();
  });
  test('is the first unread episode after the furthest one read', () => {
    expect(nextUnread(episodes, read('e1', 'e2'))?.slug).toBe('e3');
    expect(nextUnread(episodes, read('e1', 'e3'))?.slug).toBe('e4');
  });
  test('goes back to a skipped episode when the latest is read', () => {
    expect(nextUnread(episodes, read('e1', 'e4'))?.slug).toBe('e2');
  });
  test('is undefined when everything is read', () => {
    expect(nextUnread(episodes, read('e1', 'e2', 'e3', 'e4'))).toBeUndefined();
  });
});

describe('loadProgress and saveProgress', () => {
  test('corrupt data is removed from storage and the reader starts fresh', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: '{"version":1,"read":' });
    expect(loadProgress(storage)).toEqual(emptyProgress());
    expect(storage.data[PROGRESS_KEY]).toBeUndefined();
  });
  test('corrupt data is copied aside before it is removed, so nothing stored is lost', () => {
    const storage = fakeStorage({ [PROGRESS_KEY]: '{"version":1,"read":' });
    loadProgress(storage);
    expect(storage.data[PROGRESS_BACKUP_KEY]).toBe('{"version":1,"read":');
  });
  test('storage that throws (private mode, blocked) is treated as empty and saving reports false', () => {
    const throwing: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadProgress(throwing)).toEqual(emptyProgress());
    expect(saveProgress(throwing, emptyProgress())).toBe(false);
    expect(loadProgress(undefined)).toEqual(emptyProgress());
  });
  test('what is saved is loaded back', () => {
    const storage = fakeStorage();
    const progress = markRead(emptyProgress(), 'a', at('2026-11-20T10:00:00Z'));
    expect(saveProgress(storage, progress)).toBe(true);
    expect(loadProgress(storage)).toEqual(progress);
  });
});
