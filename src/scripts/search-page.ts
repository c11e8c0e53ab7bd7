// The /search/ page: the search lives in the address (?q=&kind=&topic=&series=) so it can be
// shared and reloaded. Searching and showing go through the shared controller; this file
// keeps what only the page has: filters, the address bar and the "not sure" suggestions.
import { availableFilters } from './search-client';
import { searchController } from './search-controller';
import {
  hasSearch,
  parseSearchParams,
  searchQueryString,
  SEARCH_FILTERS,
  type SearchState,
} from '../lib/search/params';
import { normalizeQuery } from '../lib/search/query';
import { errorStatus } from '../lib/search/status';
import { afterTypingPause } from '../lib/search/typing';

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('#search-query')!;
    const fieldset = this.querySelector('fieldset')!;
    const list = this.querySelector<HTMLElement>('.hits')!;
    const status = this.querySelector('.status')!;
    const empty = this.querySelector<HTMLElement>('.empty')!;
    const selects = Object.fromEntries(
      SEARCH_FILTERS.map((name) => [name, this.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
    ) as Record<(typeof SEARCH_FILTERS)[number], HTMLSelectElement>;
    const search = searchController({ list, status, offersFilters: true });

    const current = (): SearchState => ({
      query: normalizeQuery(input.value),
      filters: Object.fromEntries(SEARCH_FILTERS.map((name) => [name, selects[name].value]).filter(([, v]) => v)),
    });
    const show = (state: SearchState) => {
      empty.hidden = hasSearch(state);
      return search(state);
    };
    const update = () => {
      const state = current();
      history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
      void show(state);
    };

    const initial = parseSearchParams(location.search);
    input.value = initial.query;
    fieldset.hidden = false;
    // The filter index loads only for the filter UI: when the reader reaches for it, when the
    // page is idle after the first results, or at once when the address already names a filter.
    let options: Promise<void> | undefined;
    const loadOptions = () =>
      (options ??= availableFilters().then((filters) => {
        for (const name of SEARCH_FILTERS) {
          const values = Object.keys(filters[name] ?? {}).sort();
          for (const value of values) selects[name].add(new Option(value, value));
          const chosen = initial.filters[name];
          if (chosen && values.includes(chosen)) selects[name].value = chosen;
        }
      }));
    const fail = (error: unknown) => {
      status.textContent = errorStatus(error);
    };
    for (const event of ['pointerenter', 'focusin'] as const) {
      fieldset.addEventListener(event, () => void loadOptions().catch(fail), { once: true });
    }
    if (Object.keys(initial.filters).length > 0) {
      void loadOptions()
        .then(() => show(current()))
        .catch(fail);
    } else {
      const later = () => void loadOptions().catch(fail);
      void show(initial).then(() =>
        'requestIdleCallback' in window ? requestIdleCallback(later) : setTimeout(later, 1000),
      );
    }

    input.addEventListener('input', afterTypingPause(update));
    fieldset.addEventListener('change', update);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
  }
}
customElements.define('search-page', SearchPage);
