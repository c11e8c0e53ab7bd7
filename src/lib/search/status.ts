// What a search's status line says, shared by the header dialog and the /search/ page. Pure.
import { countOf } from '../plural';
import { hasSearch, type SearchState } from './params';

/** Shown while a search runs. */
export const SEARCHING_STATUS = 'Searching…';

/**
 * "3 results for “pricing”", or a hint when nothing matched. A surface that offers filters
 * suggests clearing one; the dialog, which has none, suggests other words.
 */
export function resultStatus(state: SearchState, count: number, { offersFilters }: { offersFilters: boolean }): string {
  if (!hasSearch(state)) return '';
  const what = state.query ? `for “${state.query}”` : 'in this filter';
  if (count > 0) return `${countOf(count, { one: 'result', other: 'results' })} ${what}`;
  return `No results ${what}. ${offersFilters ? 'Try fewer words or clear a filter.' : 'Try fewer or different words.'}`;
}

/** The reader-facing text of a failed search (the client's errors already are reader-facing). */
export function errorStatus(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
