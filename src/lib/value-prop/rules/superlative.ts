// Empty superlatives ("world-class", "innovative"): claims any company can make. Not on the product
// name, which is a name rather than prose.
import { termFindings, type LanguageRule } from '../check-rule';

export const rule: LanguageRule = {
  id: 'superlative',
  order: 2,
  checkField(input) {
    if (input.field === 'productName') return [];
    const { lists, patterns, messages } = input.compiled;
    return termFindings(rule.id, input, lists.superlatives, patterns.superlatives, messages.superlative.message);
  },
};
