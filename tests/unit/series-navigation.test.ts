import { describe, expect, test } from 'vitest';
import { episodesOf, seriesPosition, seriesPositions } from '../../src/lib/series-navigation';

const lesson = (id: string, series: string, episode: number) => ({ id, data: { series, episode } });
const lessons = [
  lesson('w3', 'weekly', 3),
  lesson('g1', 'golden', 1),
  lesson('w1', 'weekly', 1),
  lesson('w2', 'weekly', 2),
];

describe('episodesOf', () => {
  test('returns one series in episode order', () =>
    expect(episodesOf(lessons, 'weekly').map((l) => l.id)).toEqual(['w1', 'w2', 'w3']));
});

describe('seriesPosition', () => {
  test('gives "2 of 3" with previous and next', () => {
    const position = seriesPosition(lessons, lessons[3]!);
    expect(position).toMatchObject({ position: 2, total: 3 });
    expect(position.previous?.id).toBe('w1');
    expect(position.next?.id).toBe('w3');
  });
  test('the first episode has no previous and the last no next', () => {
    expect(seriesPosition(lessons, lessons[2]!).previous).toBeUndefined();
    expect(seriesPosition(lessons, lessons[0]!).next).toBeUndefined();
  });
  test('a lesson alone in its series is 1 of 1', () =>
    expect(seriesPosition(lessons, lessons[1]!)).toMatchObject({ position: 1, total: 1 }));
  test('a lesson missing from the list is a bug and throws', () =>
    expect(() => seriesPosition(lessons, lesson('x', 'weekly', 9))).toThrow(/not among the visible lessons/));
});

describe('seriesPositions', () => {
  test('gives every lesson the same position seriesPosition gives it', () => {
    const positions = seriesPositions(lessons);
    for (const lesson of lessons) expect(positions.get(lesson.id)).toEqual(seriesPosition(lessons, lesson));
  });
});
