// Company-centric wording: phrases about the company ("our mission", "leading provider"), then
// we/our/us outside quotations, in the fields whose words reach the customer.
import { matchedWords, termFindings, wordsProblem, type LanguageRule } from '../check-rule';
import { CUSTOMER_FACING_FIELDS } from '../fields';
import { companyPronouns } from '../pronouns';

export const rule: LanguageRule = {
  id: 'company-centric',
  order: 1,
  checkField(input) {
    if (!CUSTOMER_FACING_FIELDS.includes(input.field)) return [];
    const { lists, patterns, messages } = input.compiled;
    const texts = messages['company-centric'];
    const findings = termFindings(rule.id, input, lists.companyCentric, patterns.companyCentric, texts.phrase);
    const pronouns = matchedWords(input.fresh(companyPronouns(input.text, input.compiled)));
    if (pronouns.length > 0) findings.push(wordsProblem(rule.id, input.field, texts.pronouns, pronouns));
    return findings;
  },
};
