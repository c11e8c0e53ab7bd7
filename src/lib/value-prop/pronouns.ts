// Company words (we, our, us) and customer words (you, your), counted as whole words in either
// apostrophe: the company-centric rule reports the first kind, the we/you balance weighs both.
import type { CompiledLists } from './check-rule';
import { findTerms, type TermMatch } from './phrase-match';

export const COMPANY_PRONOUNS = ['we', "we're", "we've", "we'll", "we'd", 'our', 'ours', 'ourselves', 'us'];
export const CUSTOMER_PRONOUNS = ['you', "you're", "you've", "you'll", "you'd", 'your', 'yours', 'yourself'];

const QUOTATION = /["“„«][^"“”„«»]*["”»]/gu;

/** A pattern for one pronoun as a whole word: "we" but not "we’re" or "weekly". */
export function pronounPattern(word: string): RegExp {
  const escaped = word.replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}'’])${escaped}(?![\\p{L}\\p{N}]|['’][\\p{L}])`, 'giu');
}

/** "we"/"our"/"us" in the text, except inside quotations (a customer's words) and "US" the country. */
export function companyPronouns(text: string, compiled: CompiledLists): TermMatch[] {
  const quoted = [...text.matchAll(QUOTATION)].map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
  }));
  return findTerms(text, COMPANY_PRONOUNS, compiled.companyPronouns).filter(
    (found) => found.match !== 'US' && !quoted.some((range) => found.index >= range.index && found.end <= range.end),
  );
}

/** How many customer words ("you", "your"…) the text holds. */
export function customerPronounCount(text: string, compiled: CompiledLists): number {
  return compiled.customerPronouns.reduce((total, pattern) => total + [...text.matchAll(pattern)].length, 0);
}
