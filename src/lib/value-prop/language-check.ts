// Over 250 lines: every rule of the check is still in this one module; splitting it into one module per rule is pending (issue 13).
// The customer's-eye language check. Pure and driven by word lists from content, so an editor
// tunes the lists and the tests pin the rules. Each finding names a field and suggests a fix.
import { FIELD_IDS, fieldText, type DraftFields, type FieldId } from './fields';
import { findTerms, termPattern, type TermMatch } from './phrase-match';
import type { RULE_IDS } from '../../schemas/value-prop-ids';

export { RULE_IDS } from '../../schemas/value-prop-ids';

/** One rule of the check. */
export type RuleId = (typeof RULE_IDS)[number];

/** A listed word or phrase and what to write instead. */
export interface TermWithFix {
  term: string;
  fix: string;
}

/** The word lists the check reads (content/value-prop/language-check.yaml). */
export interface LanguageLists {
  /** Insider words a customer would not use. */
  jargon: readonly TermWithFix[];
  /** Claims anyone can make: "world-class", "innovative". */
  superlatives: readonly TermWithFix[];
  /** Phrases about the company rather than the customer: "our mission", "market leader". */
  companyCentric: readonly TermWithFix[];
  /** Phrases that make a target customer everyone, wherever they appear: "businesses of all sizes". */
  broadAudiences: readonly string[];
  /** Groups too generic to be a target when they are the whole answer: "small businesses", "users". */
  genericAudiences: readonly string[];
  /** Openings that make a benefit a feature list: "has", "includes", "comes with". */
  featureOpeners: readonly string[];
  /** Product parts that, two or more with no "you", make a benefit a feature list: "dashboard", "API". */
  featureNouns: readonly string[];
  /** Answers that deny there is any alternative. */
  noAlternative: readonly string[];
  /** Comparative claims that need a number or proof. */
  claimWords: readonly string[];
}

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

/** A sentence longer than this is hard to say in one breath. */
export const MAX_SENTENCE_WORDS = 25;

/** Fields whose wording reaches the customer, checked for company-centric words. */
const COMPANY_CHECKED: readonly FieldId[] = ['job', 'pains', 'gains', 'category', 'benefit', 'proof', 'difference'];
/** Fields that carry a claim, checked for numbers or proof. */
const CLAIM_CHECKED: readonly FieldId[] = ['benefit', 'difference', 'gains'];
/** The product name is a name, not prose: no word-list checks on it. */
const LIST_CHECKED: readonly FieldId[] = FIELD_IDS.filter((id) => id !== 'productName');

const COMPANY_PRONOUNS = ['we', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'ourselves', 'us'];
const CUSTOMER_PRONOUNS = ['you', "you're", "you've", "you'll", "you'd", 'your', 'yours', 'yourself'];
const NUMBER =
  /\d|(?<![\p{L}])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|half|twice|double|triple|dozens?|percent|per cent)(?![\p{L}])|%/iu;
const QUOTED = /["“”„«»].{3,}["“”„«»]/u;
const QUOTATION = /["“„«][^"“”„«»]*["”»]/gu;

/** The lists, compiled once: patterns built here are reused on every keystroke. */
export interface CompiledLists {
  lists: LanguageLists;
  patterns: Record<keyof LanguageLists, RegExp[]>;
  companyPronouns: RegExp[];
  customerPronouns: RegExp[];
}

/** Compiles the word lists into patterns. */
export function compileLanguageLists(lists: LanguageLists): CompiledLists {
  const terms = (entries: readonly (string | TermWithFix)[]) =>
    entries.map((entry) => termPattern(typeof entry === 'string' ? entry : entry.term));
  return {
    lists,
    patterns: {
      jargon: terms(lists.jargon),
      superlatives: terms(lists.superlatives),
      companyCentric: terms(lists.companyCentric),
      broadAudiences: terms(lists.broadAudiences),
      genericAudiences: terms(lists.genericAudiences),
      featureOpeners: lists.featureOpeners.map((opener) => new RegExp(`^${termPattern(opener).source}`, 'iu')),
      featureNouns: terms(lists.featureNouns),
      noAlternative: terms(lists.noAlternative),
      claimWords: terms(lists.claimWords),
    },
    companyPronouns: COMPANY_PRONOUNS.map(exactWord),
    customerPronouns: CUSTOMER_PRONOUNS.map(exactWord),
  };
}

/** Checks a draft's wording from the customer's side; findings come in field order. */
export function checkLanguage(fields: DraftFields, compiled: CompiledLists): LanguageReport {
  const findings: Finding[] = [];
  for (const field of FIELD_IDS) {
    const text = fieldText(fields, field);
    if (text === '') continue;
    findings.push(...checkField(field, text, fields, compiled));
  }
  if (fieldText(fields, 'difference') !== '' && fieldText(fields, 'proof') === '') {
    findings.push({
      rule: 'difference-without-proof',
      field: 'proof',
      severity: 'problem',
      message: 'You name a difference but give no proof of it, so a customer has only your word.',
      fix: 'Add one fact that backs the difference: a measured result, a count of customers, or a customer’s own words with their role.',
      matches: [],
    });
  }
  return { findings: sortByField(findings), balance: pronounBalance(fields, compiled) };
}

/** Counts company words (we, our, us) against customer words (you, your) in the customer-facing fields. */
export function pronounBalance(fields: DraftFields, compiled: CompiledLists): PronounBalance {
  let company = 0;
  let customer = 0;
  for (const field of COMPANY_CHECKED) {
    const text = fieldText(fields, field);
    company += companyPronouns(text, compiled).length;
    customer += countAll(text, compiled.customerPronouns);
  }
  return { company, customer };
}

/** True when the text holds a number, a quantity word or a quotation: something a reader could check. */
export function hasSpecifics(text: string): boolean {
  return NUMBER.test(text) || QUOTED.test(text);
}

/** Word counts of the sentences in a text. */
export function sentenceWordCounts(text: string): number[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length)
    .filter((count) => count > 0);
}

function checkField(field: FieldId, text: string, fields: DraftFields, compiled: CompiledLists): Finding[] {
  const { lists, patterns } = compiled;
  const findings: Finding[] = [];

  if (LIST_CHECKED.includes(field)) {
    // Company phrases first, then superlatives, then jargon; words already reported by an earlier
    // list are skipped, so "leading provider" is one finding, not two.
    const taken: TermMatch[] = [];
    const fresh = (matches: TermMatch[]) => {
      const kept = matches.filter(
        (match) => !taken.some((other) => match.index < other.end && other.index < match.end),
      );
      taken.push(...kept);
      return kept;
    };
    if (COMPANY_CHECKED.includes(field)) {
      const phrases = fresh(findTerms(text, terms(lists.companyCentric), patterns.companyCentric));
      for (const found of phrases)
        findings.push(termFinding('company-centric', field, found, lists.companyCentric, companyMessage));
      const pronouns = fresh(companyPronouns(text, compiled));
      if (pronouns.length > 0) findings.push(pronounFinding(field, pronouns));
    }
    for (const found of fresh(findTerms(text, terms(lists.superlatives), patterns.superlatives))) {
      findings.push(termFinding('superlative', field, found, lists.superlatives, superlativeMessage));
    }
    for (const found of fresh(findTerms(text, terms(lists.jargon), patterns.jargon))) {
      findings.push(termFinding('jargon', field, found, lists.jargon, jargonMessage));
    }
  }

  if (CLAIM_CHECKED.includes(field) && !hasSpecifics(text) && !hasSpecifics(fieldText(fields, 'proof'))) {
    const claims = findTerms(text, lists.claimWords, patterns.claimWords);
    if (claims.length > 0) {
      findings.push({
        rule: 'unproven-claim',
        field,
        severity: 'problem',
        message: `${quoteList(claims)} ${claims.length === 1 ? 'is a claim' : 'are claims'} with no number and no proof behind ${claims.length === 1 ? 'it' : 'them'}.`,
        fix: 'Say how much (“in 20 minutes instead of a day”, “a third cheaper”) or put a checkable fact in the proof.',
        matches: claims.map((claim) => claim.match),
      });
    }
  }

  if (field === 'proof' && !hasSpecifics(text)) {
    findings.push({
      rule: 'unproven-claim',
      field,
      severity: 'problem',
      message: 'The proof has no number, no quotation and nothing a customer could check.',
      fix: 'Give one checkable fact: how many customers, a measured before-and-after, or a customer’s words in quotation marks with their role.',
      matches: [],
    });
  }

  if (field === 'primaryCustomer') {
    const broad = findTerms(text, lists.broadAudiences, patterns.broadAudiences);
    const generic = isGenericAudience(text, compiled) ? [text.replace(/[.!?]+$/u, '')] : [];
    const matches = [...new Set([...broad.map((found) => found.match), ...generic])];
    if (matches.length > 0) {
      findings.push({
        rule: 'everyone',
        field,
        severity: 'problem',
        message: `${quoteStrings(matches)} describes almost everyone, and a proposition for everyone persuades no one.`,
        fix: 'Name the group who feels the problem most sharply: their role, their situation and the moment they need you (e.g. “owners of independent bike shops at stock-take time”).',
        matches,
      });
    }
  }

  if (field === 'benefit' && countAll(text, compiled.customerPronouns) === 0) {
    const opener = patterns.featureOpeners
      .map((pattern) => pattern.exec(text)?.[0])
      .find((match) => match !== undefined);
    const nouns = findTerms(text, lists.featureNouns, patterns.featureNouns);
    if (opener !== undefined || nouns.length >= 2) {
      const matches = [...(opener === undefined ? [] : [opener]), ...nouns.map((found) => found.match)];
      findings.push({
        rule: 'feature-not-benefit',
        field,
        severity: 'problem',
        message: `This describes what the product has (${quoteStrings(matches)}), not what the customer gets from it.`,
        fix: 'Ask “so what?” until you reach the customer’s outcome, then write that: “…so you can close the books on Friday, not Monday”.',
        matches,
      });
    }
  }

  if (field === 'alternative') {
    const denial = findTerms(text, lists.noAlternative, patterns.noAlternative);
    if (denial.length > 0) {
      findings.push({
        rule: 'no-alternative',
        field,
        severity: 'problem',
        message: `${quoteList(denial)} is not an answer: customers always have an alternative, even if it is a spreadsheet, a bigger rival or putting up with the problem.`,
        fix: 'Write what your customers actually do today instead of buying from you. Ask a few what they would do if you disappeared.',
        matches: denial.map((found) => found.match),
      });
    }
  }

  const longest = Math.max(0, ...sentenceWordCounts(text));
  if (longest > MAX_SENTENCE_WORDS) {
    findings.push({
      rule: 'long-sentence',
      field,
      severity: 'tip',
      message: `A sentence here runs to ${longest} words; said aloud, the listener loses the thread.`,
      fix: `Split it so each sentence carries one idea in ${MAX_SENTENCE_WORDS} words or fewer.`,
      matches: [],
    });
  }
  return findings;
}

function terms(list: readonly TermWithFix[]): string[] {
  return list.map((entry) => entry.term);
}

function termFinding(
  rule: RuleId,
  field: FieldId,
  found: TermMatch,
  list: readonly TermWithFix[],
  message: (match: string) => string,
): Finding {
  const fix = list.find((entry) => entry.term === found.term)?.fix ?? '';
  return { rule, field, severity: 'problem', message: message(found.match), fix, matches: [found.match] };
}

function pronounFinding(field: FieldId, pronouns: TermMatch[]): Finding {
  return {
    rule: 'company-centric',
    field,
    severity: 'problem',
    message: `${quoteList(pronouns)} puts the company at the centre of a sentence the customer reads.`,
    fix: 'Turn the sentence round so the customer is the subject: “you get…”, “your team can…”.',
    matches: pronouns.map((pronoun) => pronoun.match),
  };
}

const companyMessage = (match: string) => `“${match}” is about the company, not about what the customer gets.`;
const superlativeMessage = (match: string) => `“${match}” is a claim any company can make, so a customer skips it.`;
const jargonMessage = (match: string) =>
  `“${match}” is insider language; customers do not describe their problem this way.`;

function quoteList(matches: readonly TermMatch[]): string {
  return quoteStrings(matches.map((found) => found.match));
}

function quoteStrings(matches: readonly string[]): string {
  return [...new Set(matches)].map((match) => `“${match}”`).join(', ');
}

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

function exactWord(word: string): RegExp {
  const escaped = word.replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}'’])${escaped}(?![\\p{L}\\p{N}]|['’][\\p{L}])`, 'giu');
}

/** "we"/"our"/"us" in the text, except inside quotations (a customer's words) and "US" the country. */
function companyPronouns(text: string, compiled: CompiledLists): TermMatch[] {
  const quoted = [...text.matchAll(QUOTATION)].map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
  }));
  return findTerms(text, COMPANY_PRONOUNS, compiled.companyPronouns).filter(
    (found) => found.match !== 'US' && !quoted.some((range) => found.index >= range.index && found.end <= range.end),
  );
}

function countAll(text: string, patterns: readonly RegExp[]): number {
  return patterns.reduce((total, pattern) => total + [...text.matchAll(pattern)].length, 0);
}

function sortByField(findings: Finding[]): Finding[] {
  const order = (field: FieldId) => FIELD_IDS.indexOf(field);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => order(a.finding.field) - order(b.finding.field) || a.index - b.index)
    .map(({ finding }) => finding);
}
