// Browser glue: the reader's progress for the current page view, shared by every progress element
// on a page. The first read also records the visit once, so "new since your last visit" is stable
// while browsing. The rules themselves are pure, in src/lib/progress.ts.
import { loadProgress, recordVisit, saveProgress, type Progress } from '../lib/progress';
import { browserStorage } from './browser-storage';

/** Fired on document after progress changes, so other elements on the page can refresh. */
export const PROGRESS_EVENT = 'market-driven:progress';

// Nothing is read at import: storage is looked up on first use, so importing this never touches the DOM.
let storage: ReturnType<typeof browserStorage>;
let current: Progress | undefined;

/** Progress as of this page view (loaded and visit-recorded on first use). */
export function currentProgress(): Progress {
  if (!current) {
    storage = browserStorage();
    current = recordVisit(loadProgress(storage), new Date());
    saveProgress(storage, current);
  }
  return current;
}

/** Applies a change, saves it (best effort) and tells the page. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  current = change(currentProgress());
  saveProgress(storage, current);
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  return current;
}
