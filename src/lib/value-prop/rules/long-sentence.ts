// A sentence too long to say in one breath, in any field: a tip, not a problem.
import { fill, type LanguageRule } from '../check-rule';

/** A sentence longer than this is hard to say in one breath. */
export const MAX_SENTENCE_WORDS = 25;

/** Word counts of the sentences in a text. */
export function sentenceWordCounts(text: string): number[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length)
    .filter((count) => count > 0);
}

export const rule: LanguageRule = {
  id: 'long-sentence',
  order: 8,
  checkField({ field, text, compiled }) {
    const longest = Math.max(0, ...sentenceWordCounts(text));
    if (longest <= MAX_SENTENCE_WORDS) return [];
    const texts = compiled.messages['long-sentence'];
    return [
      {
        rule: rule.id,
        field,
        severity: 'tip',
        message: fill(texts.message, { words: longest }),
        fix: fill(texts.fix, { max: MAX_SENTENCE_WORDS }),
        matches: [],
      },
    ];
  },
};
