import { describe, expect, test } from 'vitest';
import { cardMeta, filterQuery, filterSource, matchesFilter, parseFilter } from '../../src/lib/lesson-filter';

const lesson = { series: 'weekly', topics: ['listening', 'strategy'] };
const allowed = { topics: ['', 'listening', 'strategy'], series: ['', 'weekly', 'golden-rules'] };

describe('matchesFilter', () => {
  test('an empty filter matches everything', () => expect(matchesFilter(lesson, { topic: '', series: '' })).toBe(true));
  test('a topic filter matches lessons with that topic', () =>
    expect(matchesFilter(lesson, { topic: 'strategy', series: '' })).toBe(true));
  test('topic and series must both match', () =>
    expect(matchesFilter(lesson, { topic: 'listening', series: 'golden-rules' })).toBe(false));
});

describe('parseFilter', () => {
  test('reads topic and series from the query', () =>
    expect(parseFilter('?topic=listening&series=weekly', allowed)).toEqual({ topic: 'listening', series: 'weekly' }));
  test('ignores unknown or hostile values', () =>
    expect(parseFilter('?topic=%3Cscript%3E&series=nope', allowed)).toEqual({ topic: '', series: '' }));
});

describe('filterQuery', () => {
  test('writes only the chosen parts', () =>
    expect(filterQuery({ topic: 'listening', series: '' })).toBe('?topic=listening'));
  test('is empty when nothing is chosen', () => expect(filterQuery({ topic: '', series: '' })).toBe(''));
});

describe('filterSource', () => {
  const counts = { topic: { listening: 40, pricing: 3 }, series: { weekly: 900, 'golden-rules': 4 } };
  test('reads nothing when no filter is chosen', () =>
    expect(filterSource({ topic: '', series: '' }, counts)).toBeUndefined());
  test('reads the one chosen listing', () =>
    expect(filterSource({ topic: '', series: 'weekly' }, counts)).toEqual({ kind: 'series', id: 'weekly' }));
  test('with both chosen, reads the smaller listing and checks the other part per row', () => {
    expect(filterSource({ topic: 'listening', series: 'weekly' }, counts)).toEqual({ kind: 'topic', id: 'listening' });
    expect(filterSource({ topic: 'listening', series: 'golden-rules' }, counts)).toEqual({
      kind: 'series',
      id: 'golden-rules',
    });
  });
});

describe('cardMeta', () => {
  test('names the reading time and the topics', () =>
    expect(cardMeta(4, ['Listening', 'Strategy'])).toBe('· 4 min read · Listening, Strategy'));
  test('leaves out topics when there are none', () => expect(cardMeta(3, [])).toBe('· 3 min read'));
});
