// Claims without proof: comparative words ("faster", "saves") in a claim field when neither it nor
// the proof holds anything checkable, and a proof that holds nothing checkable itself.
import { fill, matchedWords, problem, quoteStrings, type LanguageRule } from '../check-rule';
import { fieldText, type FieldId } from '../fields';
import { findTerms } from '../phrase-match';
import { byCount } from '../../plural';

/** Fields that carry a claim, checked for numbers or proof. */
const CLAIM_FIELDS: readonly FieldId[] = ['benefit', 'difference', 'gains'];

const NUMBER =
  /\d|(?<![\p{L}])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|half|twice|double|triple|dozens?|percent|per cent)(?![\p{L}])|%/iu;
const QUOTED = /["“”„«»].{3,}["“”„«»]/u;

/** True when the text holds a number, a quantity word or a quotation: something a reader could check. */
export function hasSpecifics(text: string): boolean {
  return NUMBER.test(text) || QUOTED.test(text);
}

export const rule: LanguageRule = {
  id: 'unproven-claim',
  order: 4,
  checkField({ field, text, fields, compiled }) {
    const texts = compiled.messages['unproven-claim'];
    if (field === 'proof') return hasSpecifics(text) ? [] : [problem(rule.id, field, texts.proof)];
    if (!CLAIM_FIELDS.includes(field) || hasSpecifics(text) || hasSpecifics(fieldText(fields, 'proof'))) return [];
    const claims = matchedWords(findTerms(text, compiled.lists.claimWords, compiled.patterns.claimWords));
    if (claims.length === 0) return [];
    const message = fill(byCount(claims.length, texts.claims.message), { matches: quoteStrings(claims) });
    return [problem(rule.id, field, { message, fix: texts.claims.fix }, claims)];
  },
};
