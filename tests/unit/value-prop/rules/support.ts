// Shared by the rule tables: the shipped word lists and messages, and one rule's findings as the
// whole check reports them (so the order rules claim words in is part of what each table pins).
import { checkLanguage, compileLanguageLists, type RuleId } from '../../../../src/lib/value-prop/language-check';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { readValuePropContent } from '../content';

export const content = readValuePropContent();
export const compiled = compileLanguageLists(content.languageCheck.lists, content.languageCheck.rules);

/** One rule's findings for a draft, each as "field: match|match" (or just "field" with no matches). */
export function found(rule: RuleId, fields: DraftFields): string[] {
  return checkLanguage(fields, compiled)
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => (finding.matches.length ? `${finding.field}: ${finding.matches.join('|')}` : finding.field));
}

/** One rule's findings in full. */
export function findingsOf(rule: RuleId, fields: DraftFields) {
  return checkLanguage(fields, compiled).findings.filter((finding) => finding.rule === rule);
}
