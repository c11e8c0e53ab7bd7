import { describe, expect, test } from 'vitest';
import { findTerms, termPattern } from '../../../src/lib/value-prop/phrase-match';

describe('termPattern', () => {
  test('matches whole words in any case', () => {
    expect('Synergy!').toMatch(termPattern('synergy'));
    expect('synergyx').not.toMatch(termPattern('synergy'));
    expect('asynergy').not.toMatch(termPattern('synergy'));
  });

  test('treats spaces and hyphens in a phrase alike', () => {
    for (const text of ['world class', 'world-class', 'World–Class', 'world  class'])
      expect(text).toMatch(termPattern('world-class'));
  });

  test('matches simple inflections of the last word', () => {
    for (const text of ['empowers', 'empowered', 'empowering', 'leveraging', 'leveraged', 'synergies', 'optimises']) {
      expect(text, text).toMatch(
        new RegExp(
          termPattern(
            text.startsWith('syn')
              ? 'synergy'
              : text.startsWith('lev')
                ? 'leverage'
                : text.startsWith('opt')
                  ? 'optimise'
                  : 'empower',
          ).source,
          'iu',
        ),
      );
    }
  });

  test('matches curly and straight apostrophes alike', () => {
    expect('we’re proud').toMatch(termPattern("we're proud"));
  });

  test('treats regular-expression characters in a term literally', () => {
    expect('n/a').toMatch(termPattern('n/a'));
    expect('a.b').not.toMatch(termPattern('a+b'));
  });
});

describe('findTerms', () => {
  test('finds every occurrence with its position, earliest first', () => {
    expect(findTerms('Synergy and more synergy', ['synergy'])).toEqual([
      { term: 'synergy', match: 'Synergy', index: 0, end: 7 },
      { term: 'synergy', match: 'synergy', index: 17, end: 24 },
    ]);
  });

  test('keeps the longer of two overlapping matches', () => {
    expect(findTerms('the best of breed tool', ['best', 'best of breed']).map((found) => found.match)).toEqual([
      'best of breed',
    ]);
  });
});
