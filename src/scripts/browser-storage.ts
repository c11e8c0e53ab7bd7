// The one lookup of the browser's localStorage. The pure functions in lib/versioned-storage.ts
// take its result, so they run (and are tested) in Node with a fake.
import type { StorageLike } from '../lib/versioned-storage';

/** The browser's localStorage, or undefined where reading it throws (blocked storage, some private modes) or in Node. */
export function browserStorage(): StorageLike | undefined {
  try {
    // Looked up on call, never at import, inside a try: reading the property itself can throw.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
