// The one search controller behind the header dialog and the /search/ page: it runs a search,
// lets only the newest one write, and shows its hits, its status and its errors. What differs
// between the two (filters, the address bar, the "search with filters" link) stays with each.
import { renderHits, runSearch } from './search-client';
import { hasSearch, type SearchState } from '../lib/search/params';
import { newestOnly } from '../lib/search/newest';
import { errorStatus, resultStatus, SEARCHING_STATUS } from '../lib/search/status';

/** Where a search shows its results and its status line. */
export interface SearchView {
  list: HTMLElement;
  status: Element;
  /** Whether this surface offers filters, which the "no results" hint then suggests clearing. */
  offersFilters: boolean;
}

/** A function that searches for a state and shows it in the view; a newer call supersedes an older one. */
export function searchController(view: SearchView): (state: SearchState) => Promise<void> {
  const newest = newestOnly();
  return async (state) => {
    const isCurrent = newest.take();
    if (!hasSearch(state)) {
      view.list.replaceChildren();
      view.status.textContent = '';
      return;
    }
    view.status.textContent = SEARCHING_STATUS;
    try {
      const hits = await runSearch(state);
      if (!isCurrent()) return;
      await renderHits(view.list, hits);
      if (!isCurrent()) return;
      view.status.textContent = resultStatus(state, hits.length, view);
    } catch (error) {
      if (!isCurrent()) return;
      view.list.replaceChildren();
      view.status.textContent = errorStatus(error);
    }
  };
}
