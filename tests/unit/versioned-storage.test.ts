import { describe, expect, test } from 'vitest';
import { isQuotaError, readStored, removeStored, writeStored, type StorageLike } from '../../src/lib/versioned-storage';
import { browserStorage } from '../../src/scripts/browser-storage';

/** An in-memory storage that can be told to fail like a browser does. */
function memoryStorage(fail?: 'quota' | 'security'): StorageLike & { data: Record<string, string> } {
  const data: Record<string, string> = { kept: 'old' };
  const refuse = () => {
    if (fail === 'quota') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    if (fail === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
  };
  return {
    data,
    getItem: (key) => {
      if (fail === 'security') refuse();
      return data[key] ?? null;
    },
    setItem: (key, value) => {
      refuse();
      data[key] = value;
    },
    removeItem: (key) => {
      refuse();
      delete data[key];
    },
  };
}

describe('readStored', () => {
  test('reads what is stored, and null when nothing is', () => {
    expect(readStored(memoryStorage(), 'kept')).toEqual({ ok: true, value: 'old' });
    expect(readStored(memoryStorage(), 'missing')).toEqual({ ok: true, value: null });
  });
  test('blocked or missing storage is reported as "unavailable", not thrown', () => {
    expect(readStored(memoryStorage('security'), 'kept')).toEqual({ ok: false, error: 'unavailable' });
    expect(readStored(undefined, 'kept')).toEqual({ ok: false, error: 'unavailable' });
  });
});

describe('writeStored', () => {
  test('a full storage is reported as "quota" and what was stored stays', () => {
    const storage = memoryStorage('quota');
    expect(writeStored(storage, 'kept', 'new')).toEqual({ ok: false, error: 'quota' });
    expect(storage.data['kept']).toBe('old');
  });
  test('a refusing storage is reported as "unavailable"', () => {
    expect(writeStored(memoryStorage('security'), 'kept', 'new')).toEqual({ ok: false, error: 'unavailable' });
    expect(writeStored(undefined, 'kept', 'new')).toEqual({ ok: false, error: 'unavailable' });
  });
  test('a working storage keeps the text', () => {
    const storage = memoryStorage();
    expect(writeStored(storage, 'kept', 'new')).toEqual({ ok: true, value: undefined });
    expect(storage.data['kept']).toBe('new');
  });
});

describe('removeStored', () => {
  test('removes a key, and reports false when the browser refuses', () => {
    const storage = memoryStorage();
    expect(removeStored(storage, 'kept')).toBe(true);
    expect(storage.data['kept']).toBeUndefined();
    expect(removeStored(memoryStorage('security'), 'kept')).toBe(false);
  });
});

describe('browserStorage', () => {
  test('is undefined where there is no localStorage (as in Node), never an exception', () => {
    expect(browserStorage()).toBeUndefined();
  });
});

describe('isQuotaError', () => {
  test('recognises the quota errors of every major browser', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
