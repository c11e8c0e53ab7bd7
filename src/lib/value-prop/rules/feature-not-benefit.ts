// A benefit that lists what the product has: with no "you" in it, it opens with a feature word
// ("has", "includes") or names two or more product parts ("dashboard", "API").
import { matchedWords, wordsProblem, type LanguageRule } from '../check-rule';
import { findTerms } from '../phrase-match';
import { customerPronounCount } from '../pronouns';

/** Product parts it takes, with no "you", to make a benefit a feature list. */
const FEATURE_NOUNS_FOR_A_LIST = 2;

export const rule: LanguageRule = {
  id: 'feature-not-benefit',
  order: 6,
  checkField({ field, text, compiled }) {
    if (field !== 'benefit' || customerPronounCount(text, compiled) > 0) return [];
    const opener = compiled.patterns.featureOpeners
      .map((pattern) => pattern.exec(text)?.[0])
      .find((match) => match !== undefined);
    const nouns = matchedWords(findTerms(text, compiled.lists.featureNouns, compiled.patterns.featureNouns));
    if (opener === undefined && nouns.length < FEATURE_NOUNS_FOR_A_LIST) return [];
    const matches = [...(opener === undefined ? [] : [opener]), ...nouns];
    return [wordsProblem(rule.id, field, compiled.messages['feature-not-benefit'], matches)];
  },
};
