import { describe, expect, test } from 'vitest';
import { documentingSource, ILLUSTRATIVE_LABEL, storyLabel } from '../../src/lib/story-label';

const sources = [
  { title: 'Marketing is NOT an Afterthought', author: 'Tara Hunt' },
  { title: 'This Is Marketing', author: 'Seth Godin' },
];

describe('storyLabel', () => {
  test('tells the reader an illustrative story is made up', () => {
    expect(storyLabel({ kind: 'illustrative' }, sources)).toBe(ILLUSTRATIVE_LABEL);
    expect(ILLUSTRATIVE_LABEL).toMatch(/made up to illustrate/);
  });
  test('credits a documented case to its source by title and author', () => {
    expect(storyLabel({ kind: 'documented', source: 'This Is Marketing' }, sources)).toBe(
      'The case in this lesson is real. It is documented in “This Is Marketing”, Seth Godin.',
    );
  });
  test('still names the title when the source is missing from the list', () => {
    expect(storyLabel({ kind: 'documented', source: 'Elsewhere' }, sources)).toContain('“Elsewhere”');
  });
});

describe('documentingSource', () => {
  test('finds the source by exact title only', () => {
    expect(documentingSource({ kind: 'documented', source: 'This Is Marketing' }, sources)?.author).toBe('Seth Godin');
    expect(documentingSource({ kind: 'documented', source: 'this is marketing' }, sources)).toBeUndefined();
    expect(documentingSource({ kind: 'illustrative' }, sources)).toBeUndefined();
  });
});
