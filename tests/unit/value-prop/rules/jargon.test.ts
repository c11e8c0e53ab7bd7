import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { found } from './support';

describe('jargon', () => {
  test.each<[string, DraftFields, string[]]>([
    ['a listed word', { pains: 'their legacy tools' }, ['pains: legacy']],
    ['inflections of a listed word', { gains: 'they can leverage synergies' }, ['gains: leverage', 'gains: synergies']],
    ['a verb ending', { job: 'need to streamline ordering' }, ['job: streamline']],
    ['in the target customer too', { primaryCustomer: 'teams who want a solution' }, ['primaryCustomer: solution']],
    ['never in the product name', { productName: 'Seamless Solutions' }, []],
    ['plain words pass', { job: 'need an accurate stock count every quarter' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('jargon', fields)).toEqual(expected);
  });
});
