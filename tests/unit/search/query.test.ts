import { describe, expect, test } from 'vitest';
import { episodeNumberFromQuery, MAX_QUERY_LENGTH, normalizeQuery } from '../../../src/lib/search/query';

describe('normalizeQuery', () => {
  test('trims and collapses whitespace', () => expect(normalizeQuery('  listen \n\t first ')).toBe('listen first'));
  test('removes control characters', () => expect(normalizeQuery('a\u0000b\u0007c')).toBe('a b c'));
  test('caps a 10,000-character paste at the maximum length', () =>
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH));
});

describe('episodeNumberFromQuery', () => {
  test.each([
    ['episode 12', 12],
    ['Episode #12', 12],
    ['ep. 3', 3],
    ['EP 7', 7],
    ['#12', 12],
    ['# 4', 4],
  ])('reads "%s" as episode %i', (query, episode) => expect(episodeNumberFromQuery(query)).toBe(episode));
  test.each(['episode', '12', 'episode twelve', '#0', 'episodes 12 and 13'])('ignores "%s"', (query) =>
    expect(episodeNumberFromQuery(query)).toBeUndefined(),
  );
});
