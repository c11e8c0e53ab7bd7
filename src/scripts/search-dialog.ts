// The header dialog's searching, loaded on the reader's first keystroke in it: the dialog's
// opening and closing live in SearchDialog.astro, so every page carries only those few lines.
import { handleArrowKeys } from './search-client';
import { searchController } from './search-controller';
import { normalizeQuery } from '../lib/search/query';
import { searchQueryString, type SearchState } from '../lib/search/params';
import { SEARCH_PATH } from '../lib/routes';

/** The dialog's parts the search writes to. */
export interface SearchDialogParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: Element;
  full: HTMLAnchorElement;
}

let show: ((state: SearchState) => Promise<void>) | undefined;

/** Searches for what is typed and shows the hits; the "search with filters" link follows along. */
export async function searchDialog({ input, list, status, full }: SearchDialogParts): Promise<void> {
  show ??= searchController({ list, status, offersFilters: false });
  const state = { query: normalizeQuery(input.value), filters: {} };
  full.href = `${SEARCH_PATH}${searchQueryString(state)}`;
  await show(state);
}

export { handleArrowKeys };
