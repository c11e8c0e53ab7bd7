import { describe, expect, test } from 'vitest';
import { bestSections, type PagefindSubResult } from '../../../src/lib/search/sections';

const sub = (title: string, id: string | undefined, scores: number[]): PagefindSubResult => ({
  title,
  url: id ? `/lessons/a/#${id}` : '/lessons/a/',
  excerpt: `${title} excerpt`,
  anchor: id ? { id } : undefined,
  weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('bestSections', () => {
  test('lists the sections under a heading, best-matching first, at most two', () => {
    const sections = bestSections([
      sub('Page top', undefined, [50]),
      sub('Takeaways', 'takeaways-title', [10, 10]),
      sub('For your next team meeting', 'discussion-title', [30]),
      sub('Part 1', 'part-1', [5]),
    ]);
    expect(sections.map((section) => section.title)).toEqual(['For your next team meeting', 'Takeaways']);
    expect(sections[0]).toEqual({
      title: 'For your next team meeting',
      url: '/lessons/a/#discussion-title',
      excerpt: 'For your next team meeting excerpt',
    });
  });
  test('keeps page order between equal scores, and copes with missing locations', () => {
    const sections = bestSections([
      { title: 'A', url: '/a/#a', excerpt: '', anchor: { id: 'a' } },
      { title: 'B', url: '/a/#b', excerpt: '', anchor: { id: 'b' } },
    ]);
    expect(sections.map((section) => section.title)).toEqual(['A', 'B']);
  });
  test('is empty for a page without headings with ids', () =>
    expect(bestSections([sub('Page top', undefined, [1])])).toEqual([]));
});
