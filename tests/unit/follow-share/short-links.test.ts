import { describe, expect, test } from 'vitest';
import { displayUrl, shortLinks, shortLinkSeriesId, shortPathOf } from '../../../src/lib/short-links';

const series = [
  { id: 'golden-rules', data: { cadence: 'mini-series', order: 2 } },
  { id: 'weekly', data: { cadence: 'weekly', order: 1 } },
];
const lesson = (id: string, seriesId: string, episode: number) => ({ id, data: { series: seriesId, episode } });

describe('shortLinkSeriesId', () => {
  test('is the first weekly series', () => {
    expect(shortLinkSeriesId(series)).toBe('weekly');
    expect(shortLinkSeriesId([series[0]!])).toBeUndefined();
  });
});

describe('shortLinks', () => {
  test('one per published episode of the weekly series, pointing at the lesson page', () => {
    const links = shortLinks([lesson('a', 'weekly', 12), lesson('b', 'golden-rules', 1)], 'weekly');
    expect(links.map(({ n, target }) => [n, target])).toEqual([[12, '/lessons/a/']]);
  });
  test('skips numbers that name error pages', () => {
    expect(shortLinks([lesson('a', 'weekly', 404)], 'weekly')).toEqual([]);
  });
});

describe('shortPathOf', () => {
  test('is /n/ in the weekly series and nothing elsewhere', () => {
    expect(shortPathOf(lesson('a', 'weekly', 7), 'weekly')).toBe('/7/');
    expect(shortPathOf(lesson('b', 'golden-rules', 1), 'weekly')).toBeUndefined();
  });
});

describe('displayUrl', () => {
  test('drops the scheme, for print and saying aloud', () => {
    expect(displayUrl('https://market-driven.pages.dev/12/')).toBe('market-driven.pages.dev/12/');
  });
});
