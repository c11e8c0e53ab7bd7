import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { MAX_SENTENCE_WORDS, sentenceWordCounts } from '../../../../src/lib/value-prop/language-check';
import { compiled, findingsOf, found } from './support';

const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

describe('long-sentence', () => {
  test.each<[string, DraftFields, string[]]>([
    [`${MAX_SENTENCE_WORDS} words is within the limit`, { pains: words(MAX_SENTENCE_WORDS) }, []],
    ['one more is not', { pains: words(MAX_SENTENCE_WORDS + 1) }, ['pains']],
    [
      'short sentences add up to nothing',
      { pains: 'counting stock means closing for a day. Mistakes still slip through.' },
      [],
    ],
    ['any field, the product name included', { productName: words(30) }, ['productName']],
  ])('%s', (_rule, fields, expected) => {
    expect(found('long-sentence', fields)).toEqual(expected);
  });

  test('is a tip whose message and fix carry the count and the limit', () => {
    const [finding] = findingsOf('long-sentence', { pains: words(30) });
    const texts = compiled.messages['long-sentence'];
    expect(finding).toMatchObject({
      severity: 'tip',
      message: texts.message.replace('{words}', '30'),
      fix: texts.fix.replace('{max}', String(MAX_SENTENCE_WORDS)),
    });
  });
});

describe('sentenceWordCounts', () => {
  test('splits on sentence ends and line breaks and ignores stray punctuation', () => {
    expect(sentenceWordCounts('One two three. Four five!\nSix – seven')).toEqual([3, 2, 2]);
  });
});
