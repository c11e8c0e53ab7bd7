import { describe, expect, test } from 'vitest';
import { errorStatus, resultStatus } from '../../../src/lib/search/status';

const dialog = { offersFilters: false };
const page = { offersFilters: true };

describe('resultStatus', () => {
  test('counts the results for the query, one and many', () => {
    expect(resultStatus({ query: 'pricing', filters: {} }, 1, dialog)).toBe('1 result for “pricing”');
    expect(resultStatus({ query: 'pricing', filters: {} }, 12, page)).toBe('12 results for “pricing”');
  });
  test('speaks of the filter when there is no query', () =>
    expect(resultStatus({ query: '', filters: { series: 'Weekly' } }, 3, page)).toBe('3 results in this filter'));
  test('suggests other words where there are no filters, and clearing one where there are', () => {
    expect(resultStatus({ query: 'zzz', filters: {} }, 0, dialog)).toBe(
      'No results for “zzz”. Try fewer or different words.',
    );
    expect(resultStatus({ query: 'zzz', filters: {} }, 0, page)).toBe(
      'No results for “zzz”. Try fewer words or clear a filter.',
    );
  });
  test('says nothing for an empty search', () => expect(resultStatus({ query: '', filters: {} }, 0, page)).toBe(''));
});

describe('errorStatus', () => {
  test("shows an error's message, and anything else as text", () => {
    expect(errorStatus(new Error('Search is not available'))).toBe('Search is not available');
    expect(errorStatus('offline')).toBe('offline');
  });
});
