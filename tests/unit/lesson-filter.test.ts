import { describe, expect, test } from 'vitest';
import { filterQuery, matchesFilter, parseFilter } from '../../src/lib/lesson-filter';

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
