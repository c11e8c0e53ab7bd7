// One wrapper around localStorage for everything the site keeps in the browser. The browser may
// refuse (private mode, blocked storage), be full, or hand back something unreadable: every call
// returns a value saying so, and callers copy unreadable data aside before anything replaces it.
import { err, ok, type Result } from './result';

/** The part of the Web Storage API the site uses, so tests can pass a fake and browsers can throw. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Why storage let the page down. */
export type StorageFailure = 'unavailable' | 'quota';

/** The text under a key (null when nothing is stored), or "unavailable" when the browser refuses. */
export function readStored(storage: StorageLike | undefined, key: string): Result<string | null, StorageFailure> {
  if (!storage) return err('unavailable');
  try {
    return ok(storage.getItem(key));
  } catch {
    return err('unavailable');
  }
}

/** Writes text under a key; a full or refusing storage is an error value and what was stored stays. */
export function writeStored(
  storage: StorageLike | undefined,
  key: string,
  value: string,
): Result<void, StorageFailure> {
  if (!storage) return err('unavailable');
  try {
    storage.setItem(key, value);
    return ok(undefined);
  } catch (error) {
    return err(isQuotaError(error) ? 'quota' : 'unavailable');
  }
}

/** Removes a key; false when the browser refuses. */
export function removeStored(storage: StorageLike | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** True for the errors browsers throw when storage is over quota. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
