// Words that depend on a count, and lists read as a sentence, through the platform's Intl rules
// rather than hand-written `count === 1 ? … : …` branches.

const pluralRules = new Intl.PluralRules('en');
const andList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** The two forms English needs for a count: the one for exactly one, and the one for any other. */
export interface CountForms {
  one: string;
  other: string;
}

/** The form of a phrase that fits the count, chosen by Intl.PluralRules. */
export function byCount(count: number, forms: CountForms): string {
  return pluralRules.select(count) === 'one' ? forms.one : forms.other;
}

/** The count and the noun form that fits it: `countOf(3, { one: 'draft', other: 'drafts' })` is "3 drafts". */
export function countOf(count: number, forms: CountForms): string {
  return `${count} ${byCount(count, forms)}`;
}

/** Items as a sentence list, chosen by Intl.ListFormat: "a, b, and c". */
export function andListOf(items: readonly string[]): string {
  return andList.format(items);
}
