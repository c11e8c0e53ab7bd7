// Work that can wait for the browser to be idle, done in slices short enough that no task is
// long (a long task is 50 ms on a slow phone, about 12 ms on a laptop).

/** The most one idle moment spends on the work. */
const SLICE_MS = 5;

/**
 * Calls `step` in idle moments until it returns false, at most SLICE_MS at a time; returns a
 * function that stops it. Without requestIdleCallback nothing runs: callers finish on use.
 */
export function whenIdle(step: () => boolean): () => void {
  if (typeof requestIdleCallback !== 'function') return () => {};
  let handle = requestIdleCallback(function slice() {
    const start = performance.now();
    while (performance.now() - start < SLICE_MS) {
      if (!step()) return;
    }
    handle = requestIdleCallback(slice);
  });
  return () => cancelIdleCallback(handle);
}
