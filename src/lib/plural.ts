// Words that depend on a count, through the platform's Intl.PluralRules rather than hand-written
// `count === 1 ? … : …` branches. Each formatter is made on first use: constructing one loads
// locale data, which cost a tool page's hydration about 12 ms (50 ms on a slow phone) at import.
import { onFirstUse } from './on-first-use';

const pluralRules = onFirstUse(() => new Intl.PluralRules('en'));

/** The two forms English needs for a count: the one for exactly one, and the one for any other. */
export interface CountForms {
  one: string;
  other: string;
}

/** The form of a phrase that fits the count, chosen by Intl.PluralRules. */
export function byCount(count: number, forms: CountForms): string {
  return pluralRules().select(count) === 'one' ? forms.one : forms.other;
}

/** The count and the noun form that fits it: `countOf(3, { one: 'draft', other: 'drafts' })` is "3 drafts". */
export function countOf(count: number, forms: CountForms): string {
  return `${count} ${byCount(count, forms)}`;
}

const listFormat = onFirstUse(() => new Intl.ListFormat('en', { type: 'unit', style: 'short' }));

/** Items as a comma-separated list, by Intl.ListFormat: `listOf(['a', 'b', 'c'])` is "a, b, c". */
export function listOf(items: readonly string[]): string {
  return listFormat().format(items);
}

const andFormat = onFirstUse(() => new Intl.ListFormat('en', { type: 'conjunction', style: 'long' }));

/** Items joined the English way, by Intl.ListFormat: "a and b", "a, b, and c". */
export function andList(items: readonly string[]): string {
  return andFormat().format(items);
}
