// A target customer who is everyone: a broad phrase anywhere in the answer ("businesses of all
// sizes"), or a generic group as the whole answer ("small businesses").
import { matchedWords, wordsProblem, type CompiledLists, type LanguageRule } from '../check-rule';
import { findTerms } from '../phrase-match';

export const rule: LanguageRule = {
  id: 'everyone',
  order: 5,
  checkField({ field, text, compiled }) {
    if (field !== 'primaryCustomer') return [];
    const broad = matchedWords(findTerms(text, compiled.lists.broadAudiences, compiled.patterns.broadAudiences));
    const generic = isGenericAudience(text, compiled) ? [text.replace(/[.!?]+$/u, '')] : [];
    const matches = [...new Set([...broad, ...generic])];
    if (matches.length === 0) return [];
    return [wordsProblem(rule.id, field, compiled.messages.everyone, matches)];
  },
};

// A generic group counts only as the whole answer: "small businesses" is everyone,
// "small businesses that sell at weekend markets" is a segment.
function isGenericAudience(text: string, compiled: CompiledLists): boolean {
  const core = text
    .toLowerCase()
    .replace(/[.!?]+$/u, '')
    .replace(/^(?:(?:for|all|the|any|every|most)\s+)+/u, '')
    .trim();
  return compiled.patterns.genericAudiences.some((pattern) => {
    pattern.lastIndex = 0;
    const match = pattern.exec(core);
    return match !== null && match.index === 0 && match[0].length === core.length;
  });
}
