// A difference with no proof at all: reported on the proof field, where the fix goes.
import { problem, type LanguageRule } from '../check-rule';
import { fieldText } from '../fields';

export const rule: LanguageRule = {
  id: 'difference-without-proof',
  order: 9,
  checkDraft(fields, compiled) {
    if (fieldText(fields, 'difference') === '' || fieldText(fields, 'proof') !== '') return [];
    return [problem(rule.id, 'proof', compiled.messages['difference-without-proof'])];
  },
};
