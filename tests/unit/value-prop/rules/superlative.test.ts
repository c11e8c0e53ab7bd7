import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { found } from './support';

describe('superlative', () => {
  test.each<[string, DraftFields, string[]]>([
    ['hyphenated', { category: 'next generation platform' }, ['category: next generation']],
    ['any case, space for hyphen', { category: 'World Class tools' }, ['category: World Class']],
    ['a listed phrase', { category: 'a leading stock app' }, ['category: a leading']],
    ['only whole words: "leaderboard"', { category: 'leaderboard app' }, []],
    ['"leading to" is not a boast', { gains: 'fewer stock-outs, leading to calmer Mondays' }, []],
    ['never in the product name', { productName: 'World-Class Widgets' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('superlative', fields)).toEqual(expected);
  });
});
