import { describe, expect, test } from 'vitest';
import { emptyProgress, markRead, nextUnread } from '../../src/lib/progress';
import { checkStartHere, readingOrder, startHerePath } from '../../src/lib/start-here';

const lesson = (id: string) => ({ id });
const episodes = ['ep1', 'ep2', 'ep3', 'ep4', 'ep5'].map(lesson);

describe('startHerePath', () => {
  test('follows the curated order, not the episode order', () => {
    expect(startHerePath(['ep4', 'ep1', 'ep3'], episodes).map((l) => l.id)).toEqual(['ep4', 'ep1', 'ep3']);
  });
  test('skips slugs with no visible lesson, such as scheduled episodes', () => {
    expect(startHerePath(['ep9', 'ep2'], episodes).map((l) => l.id)).toEqual(['ep2']);
  });
  test('lists a slug once, and is empty without a path', () => {
    expect(startHerePath(['ep2', 'ep2'], episodes).map((l) => l.id)).toEqual(['ep2']);
    expect(startHerePath(undefined, episodes)).toEqual([]);
  });
});

describe('readingOrder', () => {
  test('puts the path first, then the other episodes in episode order', () => {
    expect(readingOrder(['ep4', 'ep2'], episodes).map((l) => l.id)).toEqual(['ep4', 'ep2', 'ep1', 'ep3', 'ep5']);
  });
  test('is the episode order when the series has no path', () => {
    expect(readingOrder(undefined, episodes)).toEqual(episodes);
  });
  test('may take a path lesson from outside the series when it is visible', () => {
    const visible = [...episodes, lesson('other')];
    expect(readingOrder(['other', 'ep3'], episodes, visible).map((l) => l.id)).toEqual([
      'other',
      'ep3',
      'ep1',
      'ep2',
      'ep4',
      'ep5',
    ]);
  });
});

describe('reader progress along the path', () => {
  test('"continue" suggests the next unread lesson in start-here order', () => {
    const order = readingOrder(['ep4', 'ep2', 'ep5'], episodes).map((l) => ({ slug: l.id }));
    const readFirst = markRead(emptyProgress(), 'ep4', new Date('2026-12-01'));
    expect(nextUnread(order, readFirst)?.slug).toBe('ep2');
    const readPath = markRead(markRead(readFirst, 'ep2', new Date('2026-12-02')), 'ep5', new Date('2026-12-03'));
    expect(nextUnread(order, readPath)?.slug).toBe('ep1');
  });
});

describe('checkStartHere', () => {
  test('names the file, the field and the slug that matches no lesson', () => {
    expect(checkStartHere([{ file: 'series/weekly.yaml', startHere: ['ep1', 'nope'] }], ['ep1'])).toEqual([
      { file: 'series/weekly.yaml', field: 'startHere[1]', reason: 'no lesson with slug "nope"' },
    ]);
  });
  test('refuses a slug listed twice, and accepts a series without a path', () => {
    expect(checkStartHere([{ file: 'w.yaml', startHere: ['ep1', 'ep1'] }], ['ep1'])).toEqual([
      { file: 'w.yaml', field: 'startHere[1]', reason: '"ep1" is already on the path' },
    ]);
    expect(checkStartHere([{ file: 'g.yaml' }], [])).toEqual([]);
  });
});
