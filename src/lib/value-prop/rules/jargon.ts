// Jargon ("solution", "leverage"): insider words a customer would not use. Not on the product name.
import { termFindings, type LanguageRule } from '../check-rule';

export const rule: LanguageRule = {
  id: 'jargon',
  order: 3,
  checkField(input) {
    if (input.field === 'productName') return [];
    const { lists, patterns, messages } = input.compiled;
    return termFindings(rule.id, input, lists.jargon, patterns.jargon, messages.jargon.message);
  },
};
