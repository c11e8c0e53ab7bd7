// An alternative that denies there is any ("none", "no competition"): customers always have one.
import { matchedWords, wordsProblem, type LanguageRule } from '../check-rule';
import { findTerms } from '../phrase-match';

export const rule: LanguageRule = {
  id: 'no-alternative',
  order: 7,
  checkField({ field, text, compiled }) {
    if (field !== 'alternative') return [];
    const denial = matchedWords(findTerms(text, compiled.lists.noAlternative, compiled.patterns.noAlternative));
    if (denial.length === 0) return [];
    return [wordsProblem(rule.id, field, compiled.messages['no-alternative'], denial)];
  },
};
