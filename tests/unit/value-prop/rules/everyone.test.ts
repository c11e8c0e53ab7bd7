import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { found } from './support';

describe('everyone', () => {
  test.each<[string, DraftFields, string[]]>([
    ['a broad phrase anywhere', { primaryCustomer: 'businesses of all sizes' }, ['primaryCustomer: of all sizes']],
    ['"everyone" inside a longer answer', { primaryCustomer: 'everyone who cooks' }, ['primaryCustomer: everyone']],
    [
      'a generic group as the whole answer',
      { primaryCustomer: 'small businesses' },
      ['primaryCustomer: small businesses'],
    ],
    [
      'leading words and a full stop do not hide it',
      { primaryCustomer: 'For all consumers.' },
      ['primaryCustomer: For all consumers'],
    ],
    ['a generic group narrowed is a segment', { primaryCustomer: 'small businesses that sell at weekend markets' }, []],
    ['a real segment', { primaryCustomer: 'people who run bike shops' }, []],
    ['only the primary customer is checked', { secondaryCustomers: 'everyone' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('everyone', fields)).toEqual(expected);
  });
});
