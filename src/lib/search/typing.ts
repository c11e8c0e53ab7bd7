// One typing pause for every search box: long enough that a fast typist's every letter does
// not fetch index chunks, short enough that results feel immediate.

/** Milliseconds after the last keystroke before a search runs. */
export const TYPING_PAUSE_MS = 150;

/** Wraps an action so it runs once typing has paused; each call restarts the wait. */
export function afterTypingPause(action: () => void, pauseMs = TYPING_PAUSE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, pauseMs);
  };
}
