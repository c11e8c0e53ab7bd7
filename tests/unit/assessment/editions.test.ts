import { describe, expect, test } from 'vitest';
import {
  asksAlike,
  checkEditions,
  earlierEditionsNewestFirst,
  largestFirst,
} from '../../../src/lib/assessment/editions';
import { definition, firstEdition, realDefinition } from './support';

describe('checkEditions', () => {
  const current = { file: 'assessment/market-driven.yaml', edition: realDefinition() };
  const v1 = { file: 'assessment/earlier/market-driven-v1.yaml', edition: firstEdition() };

  test('accepts the real current edition with edition 1 kept beside it', () => {
    expect(checkEditions(current, [v1])).toEqual([]);
  });

  test('rejects an earlier edition whose version is not lower than the current one', () => {
    expect(checkEditions(current, [{ ...v1, edition: { ...v1.edition, version: 2 } }])).toEqual([
      expect.objectContaining({ file: v1.file, field: 'version' }),
    ]);
  });

  test('rejects an earlier edition that asks the same statements, which would make old links ambiguous', () => {
    const twin = { file: 'assessment/earlier/copy.yaml', edition: { ...current.edition, version: 1 } };
    expect(checkEditions(current, [twin]).map((problem) => problem.field)).toEqual(['questions']);
  });
});

describe('earlierEditionsNewestFirst', () => {
  test('sorts by version, highest first', () => {
    const editions = [1, 3, 2].map((version) => ({ ...definition, version }));
    expect(earlierEditionsNewestFirst(editions).map((edition) => edition.version)).toEqual([3, 2, 1]);
  });
});

describe('asksAlike', () => {
  const question = { id: 'q', dimension: 'd', statement: 'We listen.', reverse: false };
  test.each([
    ['the same words and direction', [question], true],
    ['other words', [{ ...question, statement: 'We hear.' }], false],
    ['the other direction', [{ ...question, reverse: true }], false],
    ['not at all', [], false],
  ])('is true only when the edition asks it in %s', (_, questions, alike) => {
    expect(asksAlike({ questions }, question)).toBe(alike);
  });
});

describe('largestFirst', () => {
  test('sorts by size, largest first, keeping the order of ties', () => {
    const items = [
      { id: 'a', size: 1 },
      { id: 'b', size: 3 },
      { id: 'c', size: 1 },
      { id: 'd', size: 3 },
    ];
    expect(largestFirst(items, (item) => item.size).map((item) => item.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
