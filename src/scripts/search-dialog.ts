// The header dialog's searching, loaded on the reader's first keystroke in it: the dialog's
// opening and closing live in SearchDialog.astro, so every page carries only those few lines.
import { handleArrowKeys, renderHits, runSearch } from './search-client';
import { normalizeQuery } from '../lib/search/query';
import { searchQueryString } from '../lib/search/params';

/** The dialog's parts the search writes to. */
export interface SearchDialogParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: Element;
  full: HTMLAnchorElement;
}

let latest = 0;

/** Searches for what is typed and shows the hits; a newer search supersedes an older one. */
export async function searchDialog({ input, list, status, full }: SearchDialogParts): Promise<void> {
  const query = normalizeQuery(input.value);
  const ticket = ++latest;
  full.href = `/search/${searchQueryString({ query, filters: {} })}`;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const hits = await runSearch({ query, filters: {} });
    if (ticket !== latest) return;
    await renderHits(list, hits);
    if (ticket !== latest) return;
    status.textContent = hits.length
      ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`
      : `No results for “${query}”. Try fewer or different words.`;
  } catch (error) {
    if (ticket !== latest) return;
    list.replaceChildren();
    status.textContent = error instanceof Error ? error.message : String(error);
  }
}

export { handleArrowKeys };
