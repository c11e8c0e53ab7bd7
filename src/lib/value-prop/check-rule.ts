// What every rule of the language check shares: the shape of a rule and of a finding, the compiled
// word lists, and the helpers that put matched words into a message from content. Pure.
import type { LanguageCheckContent } from '../../schemas/value-prop';
import type { RULE_IDS } from '../../schemas/value-prop-ids';
import type { DraftFields, FieldId } from './fields';
import { findTerms, type TermMatch } from './phrase-match';

/** One rule of the check. */
export type RuleId = (typeof RULE_IDS)[number];

/** The word lists the check reads (content/value-prop/language-check.yaml, `lists`). */
export type LanguageLists = LanguageCheckContent['lists'];

/** A listed word or phrase and what to write instead. */
export type TermWithFix = LanguageLists['jargon'][number];

/** Each rule's reader-facing words (content/value-prop/language-check.yaml, `rules.<id>.messages`). */
export type RuleMessages = { [Id in RuleId]: LanguageCheckContent['rules'][Id]['messages'] };

/** How serious a finding is: a problem costs more of the rating than a tip. */
export type Severity = 'problem' | 'tip';

/** One thing the check found. */
export interface Finding {
  rule: RuleId;
  field: FieldId;
  severity: Severity;
  /** What was found, in plain words. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The words as typed, when the finding is about particular words. */
  matches: string[];
}

/** The lists and messages, compiled once: patterns built here are reused on every keystroke. */
export interface CompiledLists {
  lists: LanguageLists;
  messages: RuleMessages;
  patterns: Record<keyof LanguageLists, RegExp[]>;
  companyPronouns: RegExp[];
  customerPronouns: RegExp[];
}

/** What a rule sees of one non-empty field. */
export interface FieldInput {
  field: FieldId;
  /** The field's trimmed answer. */
  text: string;
  /** The whole draft, for rules that look at another field (a claim backed by the proof). */
  fields: DraftFields;
  compiled: CompiledLists;
  /** Keeps only matches no earlier word rule reported in this field, and claims them. */
  fresh: (matches: TermMatch[]) => TermMatch[];
}

/** One rule: a module in ./rules exports it as `rule`. */
export interface LanguageRule {
  id: RuleId;
  /** Where its findings come within a field, and the order word rules claim words in. */
  order: number;
  /** Findings in one non-empty field. */
  checkField?: (input: FieldInput) => Finding[];
  /** Findings about the draft as a whole, listed after the field findings of the same field. */
  checkDraft?: (fields: DraftFields, compiled: CompiledLists) => Finding[];
}

/** Puts values into a message's `{name}` placeholders (the schema allows only the names a rule fills). */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** Matched words quoted and listed once each: “we”, “our”. */
export function quoteStrings(matches: readonly string[]): string {
  return [...new Set(matches)].map((match) => `“${match}”`).join(', ');
}

/** The words of some matches, as typed. */
export function matchedWords(matches: readonly TermMatch[]): string[] {
  return matches.map((found) => found.match);
}

/** A finding per listed term found, with the term's own fix: the shape of the three word-list rules. */
export function termFindings(
  rule: RuleId,
  input: FieldInput,
  list: readonly TermWithFix[],
  patterns: readonly RegExp[],
  message: string,
): Finding[] {
  const found = input.fresh(
    findTerms(
      input.text,
      list.map((entry) => entry.term),
      patterns,
    ),
  );
  return found.map((match) => ({
    rule,
    field: input.field,
    severity: 'problem',
    message: fill(message, { match: match.match }),
    fix: list.find((entry) => entry.term === match.term)?.fix ?? '',
    matches: [match.match],
  }));
}

/** A problem in a field, about some words (or none), with a message and fix from content. */
export function problem(
  rule: RuleId,
  field: FieldId,
  texts: { message: string; fix: string },
  matches: string[] = [],
): Finding {
  return { rule, field, severity: 'problem', message: texts.message, fix: texts.fix, matches };
}

/** A problem about some words, its message listing them quoted: the shape of most rules' findings. */
export function wordsProblem(
  rule: RuleId,
  field: FieldId,
  texts: { message: string; fix: string },
  matches: string[],
): Finding {
  return problem(
    rule,
    field,
    { message: fill(texts.message, { matches: quoteStrings(matches) }), fix: texts.fix },
    matches,
  );
}

/** A rule that reports each listed term of one word list, with the term's own fix; never on the product name. */
export function wordListRule(
  id: 'jargon' | 'superlative',
  order: number,
  list: 'jargon' | 'superlatives',
): LanguageRule {
  return {
    id,
    order,
    checkField(input) {
      if (input.field === 'productName') return [];
      const { lists, patterns, messages } = input.compiled;
      return termFindings(id, input, lists[list], patterns[list], messages[id].message);
    },
  };
}
