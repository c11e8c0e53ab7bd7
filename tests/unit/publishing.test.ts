import { describe, expect, test } from 'vitest';
import {
  isPublished,
  isScheduled,
  newestFirst,
  nextScheduled,
  publishedNewestFirst,
  resolveNow,
  upcoming,
  visibleLessons,
} from '../../src/lib/publishing';

const lesson = (id: string, publishDate: string, draft = false) => ({
  id,
  data: { draft, publishDate: new Date(publishDate) },
});
const now = new Date('2026-11-24T12:00:00Z');
const lessons = [
  lesson('old', '2026-11-01'),
  lesson('today', '2026-11-24T12:00:00Z'),
  lesson('draft', '2026-11-10', true),
  lesson('later', '2026-12-06'),
  lesson('soon', '2026-11-29'),
  lesson('future-draft', '2026-12-13', true),
];
const ids = (list: { id: string }[]) => list.map((l) => l.id);

describe('isPublished', () => {
  test('a past, non-draft lesson is public', () => expect(isPublished(lesson('a', '2026-01-01'), now)).toBe(true));
  test('a lesson dated exactly now is public', () =>
    expect(isPublished(lesson('a', '2026-11-24T12:00:00Z'), now)).toBe(true));
  test('a future lesson is not public', () =>
    expect(isPublished(lesson('a', '2026-11-24T12:00:01Z'), now)).toBe(false));
  test('a draft is never public, even when its date has passed', () =>
    expect(isPublished(lesson('a', '2020-01-01', true), now)).toBe(false));
});

describe('isScheduled', () => {
  test('a future non-draft lesson is scheduled', () => expect(isScheduled(lesson('a', '2027-01-01'), now)).toBe(true));
  test('a future draft is not scheduled: drafts never appear as "coming next"', () =>
    expect(isScheduled(lesson('a', '2027-01-01', true), now)).toBe(false));
  test('a published lesson is not scheduled', () => expect(isScheduled(lesson('a', '2026-01-01'), now)).toBe(false));
});

describe('newestFirst', () => {
  test('sorts by publish date, newest first, without changing the input', () => {
    const input = [lesson('a', '2026-01-01'), lesson('b', '2026-03-01'), lesson('c', '2026-02-01')];
    expect(ids(newestFirst(input))).toEqual(['b', 'c', 'a']);
    expect(ids(input)).toEqual(['a', 'b', 'c']);
  });
});

describe('publishedNewestFirst', () => {
  test('keeps only public lessons, newest first', () =>
    expect(ids(publishedNewestFirst(lessons, now))).toEqual(['today', 'old']));
});

describe('upcoming', () => {
  test('lists scheduled lessons soonest first and leaves out drafts', () =>
    expect(ids(upcoming(lessons, now))).toEqual(['soon', 'later']));
});

describe('nextScheduled', () => {
  test('is the soonest scheduled lesson', () => expect(nextScheduled(lessons, now)?.id).toBe('soon'));
  test('is undefined when nothing is scheduled', () =>
    expect(nextScheduled([lesson('a', '2020-01-01')], now)).toBeUndefined());
});

describe('visibleLessons', () => {
  test('a production build shows only published lessons', () =>
    expect(ids(visibleLessons(lessons, now, { includeUnpublished: false })).sort()).toEqual(['old', 'today']));
  test('a dev build also shows drafts and scheduled lessons', () =>
    expect(visibleLessons(lessons, now, { includeUnpublished: true })).toHaveLength(lessons.length));
});

describe('resolveNow', () => {
  test('uses the fallback when no override is set', () => {
    const fallback = new Date('2030-01-01');
    expect(resolveNow(undefined, fallback)).toBe(fallback);
  });
  test('an ISO override pins the clock', () =>
    expect(resolveNow('2026-11-29T00:00:00Z').toISOString()).toBe('2026-11-29T00:00:00.000Z'));
  test('an unreadable override fails loudly instead of publishing the wrong episodes', () =>
    expect(() => resolveNow('next sunday')).toThrow(/MARKET_DRIVEN_NOW/));
});
