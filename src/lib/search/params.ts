// The /search/ page keeps its state in the query string (?q=&kind=&topic=&series=), so a search
// can be shared and survives a reload. Pure.
import { normalizeQuery } from './query';

/** Filter names the search page offers, in display order. */
export const SEARCH_FILTERS = ['kind', 'topic', 'series'] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number];

/** A search: the query and at most one chosen value per filter. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterName, string>>;
}

/** Longest filter value we accept from a URL; real values are short titles. */
const MAX_FILTER_LENGTH = 80;

/** Reads a search from a query string; oversized or empty values are dropped. */
export function parseSearchParams(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const value = params.get(name)?.trim();
    if (value && value.length <= MAX_FILTER_LENGTH) filters[name] = value;
  }
  return { query: normalizeQuery(params.get('q') ?? ''), filters };
}

/** Writes a search as a query string ("" when empty). */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTERS) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when there is something to search for or browse. */
export function hasSearch(state: SearchState): boolean {
  return state.query.length > 0 || Object.values(state.filters).some(Boolean);
}
