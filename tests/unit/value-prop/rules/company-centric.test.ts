import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { compiled, found, findingsOf } from './support';

describe('company-centric', () => {
  test.each<[string, DraftFields, string[]]>([
    ['a listed company phrase', { benefit: 'from the market leader in stock counts' }, ['benefit: market leader']],
    [
      'we and our, once each',
      { difference: 'our team answers, we promise, our way' },
      ['difference: our team', 'difference: we|our'],
    ],
    ['a contracted pronoun, curly apostrophe', { job: 'We’re helping them plan' }, ['job: We’re']],
    ['"US" the country is not "us"', { job: 'sell to the US market' }, []],
    ['a customer quotation may say "we"', { proof: '“We cut waste by a third” (head chef)' }, []],
    [
      'a phrase claims its words before the superlatives do',
      { benefit: 'the leading provider' },
      ['benefit: leading provider'],
    ],
    [
      'not checked where the customer does not read it',
      { primaryCustomer: 'people like us', productName: 'Our Shop' },
      [],
    ],
    ['customer words are fine', { benefit: 'gets your whole shop counted in 45 minutes' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('company-centric', fields)).toEqual(expected);
  });

  test('a phrase gets its own fix from the list, pronouns the fix from the rule’s messages', () => {
    const listed = compiled.lists.companyCentric[0]!;
    const [phrase, pronouns] = findingsOf('company-centric', { benefit: `${listed.term}, and we mean it` });
    expect(phrase).toMatchObject({ matches: [listed.term], fix: listed.fix });
    expect(pronouns).toMatchObject({ matches: ['we'], fix: compiled.messages['company-centric'].pronouns.fix });
  });
});
