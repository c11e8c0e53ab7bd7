import { describe, expect, test } from 'vitest';
import { hasSearch, parseSearchParams, searchQueryString } from '../../../src/lib/search/params';

describe('parseSearchParams', () => {
  test('reads the query and the filters', () =>
    expect(parseSearchParams('?q=listen+first&series=The+Four+Golden+Rules&kind=Lesson')).toEqual({
      query: 'listen first',
      filters: { kind: 'Lesson', series: 'The Four Golden Rules' },
    }));
  test('drops oversized filter values and unknown parameters', () =>
    expect(parseSearchParams(`?topic=${'x'.repeat(500)}&utm_source=mail`)).toEqual({ query: '', filters: {} }));
});

describe('searchQueryString', () => {
  test('round-trips through parseSearchParams', () => {
    const state = { query: 'value proposition', filters: { topic: 'Positioning and value' } };
    expect(parseSearchParams(searchQueryString(state))).toEqual(state);
  });
  test('is empty for an empty search', () => expect(searchQueryString({ query: '', filters: {} })).toBe(''));
});

describe('hasSearch', () => {
  test('a filter alone is a search (it browses the filter)', () =>
    expect(hasSearch({ query: '', filters: { kind: 'Tool' } })).toBe(true));
  test('nothing at all is not', () => expect(hasSearch({ query: '', filters: {} })).toBe(false));
});
