// The customer's-eye language check. Pure and driven by content: the word lists and every message
// come from content/value-prop/language-check.yaml, and each rule is its own module in ./rules,
// found by the glob below, so adding a rule is adding a file (and its entry in the content).
import type { CompiledLists, Finding, LanguageLists, LanguageRule, RuleMessages } from './check-rule';
import { CUSTOMER_FACING_FIELDS, FIELD_IDS, fieldText, type DraftFields, type FieldId } from './fields';
import { termPattern, type TermMatch } from './phrase-match';
import { COMPANY_PRONOUNS, companyPronouns, CUSTOMER_PRONOUNS, customerPronounCount, pronounPattern } from './pronouns';

export { RULE_IDS } from '../../schemas/value-prop-ids';
export type { CompiledLists, Finding, LanguageLists, RuleId } from './check-rule';
export { hasSpecifics } from './rules/unproven-claim';
export { MAX_SENTENCE_WORDS, sentenceWordCounts } from './rules/long-sentence';

/** Every rule, in the order its findings come within a field. */
export const RULES: readonly LanguageRule[] = Object.values(
  import.meta.glob<LanguageRule>('./rules/*.ts', { eager: true, import: 'rule' }),
).sort((a, b) => a.order - b.order);

/** How many company words and customer words the customer-facing fields use. */
export interface PronounBalance {
  company: number;
  customer: number;
}

/** The whole check. */
export interface LanguageReport {
  findings: Finding[];
  balance: PronounBalance;
}

/** The content's rule entries, each holding the messages its findings show. */
export type RuleEntries = { [Id in keyof RuleMessages]: { messages: RuleMessages[Id] } };

/** Compiles the word lists into patterns, kept with the messages the rules show. */
export function compileLanguageLists(lists: LanguageLists, rules: RuleEntries): CompiledLists {
  return languageListsCompiler(lists, rules).result();
}

/** `compileLanguageLists` a pattern at a time, so a page can spread the work over idle moments. */
export interface LanguageListsCompiler {
  /** Compiles the next pattern; false once none is left. */
  step: () => boolean;
  /** The compiled lists, compiling whatever `step` has not yet. */
  result: () => CompiledLists;
}

/** A compiler of the word lists: each of its hundreds of patterns costs about 0.1 ms to build. */
export function languageListsCompiler(lists: LanguageLists, rules: RuleEntries): LanguageListsCompiler {
  const term = (entry: string | { term: string }) => termPattern(typeof entry === 'string' ? entry : entry.term);
  const builders: Record<keyof LanguageLists, (() => RegExp)[]> = {
    jargon: lists.jargon.map((entry) => () => term(entry)),
    superlatives: lists.superlatives.map((entry) => () => term(entry)),
    companyCentric: lists.companyCentric.map((entry) => () => term(entry)),
    broadAudiences: lists.broadAudiences.map((entry) => () => term(entry)),
    genericAudiences: lists.genericAudiences.map((entry) => () => term(entry)),
    featureOpeners: lists.featureOpeners.map((opener) => () => new RegExp(`^${termPattern(opener).source}`, 'iu')),
    featureNouns: lists.featureNouns.map((entry) => () => term(entry)),
    noAlternative: lists.noAlternative.map((entry) => () => term(entry)),
    claimWords: lists.claimWords.map((entry) => () => term(entry)),
  };
  const keys = Object.keys(builders) as (keyof LanguageLists)[];
  const patterns = Object.fromEntries(keys.map((key) => [key, []])) as unknown as Record<keyof LanguageLists, RegExp[]>;
  let key = 0;
  const step = () => {
    for (; key < keys.length; key++) {
      const list = keys[key] as keyof LanguageLists;
      const next = builders[list][patterns[list].length];
      if (next) {
        patterns[list].push(next());
        return true;
      }
    }
    return false;
  };
  let compiled: CompiledLists | undefined;
  const result = () => {
    while (step());
    compiled ??= {
      lists,
      messages: Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.messages])) as RuleMessages,
      patterns,
      companyPronouns: COMPANY_PRONOUNS.map(pronounPattern),
      customerPronouns: CUSTOMER_PRONOUNS.map(pronounPattern),
    };
    return compiled;
  };
  return { step, result };
}

/** Checks a draft's wording from the customer's side; findings come in field order. */
export function checkLanguage(fields: DraftFields, compiled: CompiledLists): LanguageReport {
  return checkWith(fields, compiled, checkField);
}

/** Most answers a checker remembers before it starts again: a few drafts' worth. */
const CHECKER_CACHE_LIMIT = 500;

/**
 * `checkLanguage` that remembers each field's findings, so a keystroke re-checks only the field
 * typed in (and every field when the proof changes, since claims read it). Same results.
 * `compile` runs on the first draft with an answer: a blank draft, what a page opens with, has
 * nothing to find, so it needs no word lists (compiling them is the costliest part of the check).
 */
export function createLanguageChecker(compile: () => CompiledLists): (fields: DraftFields) => LanguageReport {
  let compiled: CompiledLists | undefined;
  const cache = new Map<string, Finding[]>();
  const cachedField: typeof checkField = (field, text, fields, lists) => {
    const key = `${field}\u0000${fieldText(fields, 'proof')}\u0000${text}`;
    let found = cache.get(key);
    if (!found) {
      if (cache.size >= CHECKER_CACHE_LIMIT) cache.clear();
      found = checkField(field, text, fields, lists);
      cache.set(key, found);
    }
    return found;
  };
  return (fields) => {
    if (FIELD_IDS.every((field) => fieldText(fields, field) === '')) return blankReport();
    compiled ??= compile();
    return checkWith(fields, compiled, cachedField);
  };
}

/** `checkLanguage` of a draft with no answers: no field to read, no proofless difference, no words to count. */
function blankReport(): LanguageReport {
  return { findings: [], balance: { company: 0, customer: 0 } };
}

function checkWith(fields: DraftFields, compiled: CompiledLists, check: typeof checkField): LanguageReport {
  const findings: Finding[] = [];
  for (const field of FIELD_IDS) {
    const text = fieldText(fields, field);
    if (text !== '') findings.push(...check(field, text, fields, compiled));
  }
  for (const rule of RULES) findings.push(...(rule.checkDraft?.(fields, compiled) ?? []));
  return { findings: sortByField(findings), balance: pronounBalance(fields, compiled) };
}

/** Counts company words (we, our, us) against customer words (you, your) in the customer-facing fields. */
export function pronounBalance(fields: DraftFields, compiled: CompiledLists): PronounBalance {
  let company = 0;
  let customer = 0;
  for (const field of CUSTOMER_FACING_FIELDS) {
    const text = fieldText(fields, field);
    company += companyPronouns(text, compiled).length;
    customer += customerPronounCount(text, compiled);
  }
  return { company, customer };
}

function checkField(field: FieldId, text: string, fields: DraftFields, compiled: CompiledLists): Finding[] {
  // Word rules claim words in order (company phrases, superlatives, jargon); words an earlier one
  // reported are skipped, so "leading provider" is one finding, not two.
  const taken: TermMatch[] = [];
  const fresh = (matches: TermMatch[]) => {
    const kept = matches.filter((match) => !taken.some((other) => match.index < other.end && other.index < match.end));
    taken.push(...kept);
    return kept;
  };
  return RULES.flatMap((rule) => rule.checkField?.({ field, text, fields, compiled, fresh }) ?? []);
}

function sortByField(findings: Finding[]): Finding[] {
  const order = (field: FieldId) => FIELD_IDS.indexOf(field);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => order(a.finding.field) - order(b.finding.field) || a.index - b.index)
    .map(({ finding }) => finding);
}
