import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { hasSpecifics } from '../../../../src/lib/value-prop/language-check';
import { compiled, found, findingsOf } from './support';

describe('unproven-claim', () => {
  test.each<[string, DraftFields, string[]]>([
    [
      'comparatives with no proof',
      { difference: 'is faster and cheaper', proof: 'customers love it' },
      ['proof', 'difference: faster|cheaper'],
    ],
    ['a claim in the benefit', { benefit: 'saves you time', proof: 'customers love it' }, ['benefit: saves', 'proof']],
    ['a number in the claim itself', { difference: 'is 40% cheaper than a stock-taking firm', proof: '40 shops' }, []],
    [
      'a number in the proof backs every claim',
      { difference: 'is faster than paper', proof: '41 minutes instead of 8 hours' },
      [],
    ],
    ['a quotation is checkable proof', { proof: '“It paid for itself” (owner, Leeds bike shop)' }, []],
    ['a proof with nothing checkable', { proof: 'customers love it' }, ['proof']],
    ['claims outside the claim fields pass', { pains: 'it is slower and costlier', proof: '12 shops' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('unproven-claim', fields)).toEqual(expected);
  });

  test('the message takes the one or the other form from content by the number of claims', () => {
    const { one, other } = compiled.messages['unproven-claim'].claims.message;
    const [single] = findingsOf('unproven-claim', { benefit: 'faster', proof: '' });
    const [double] = findingsOf('unproven-claim', { benefit: 'faster and cheaper', proof: '' });
    expect(single?.message).toBe(one.replace('{matches}', '“faster”'));
    expect(double?.message).toBe(other.replace('{matches}', '“faster”, “cheaper”'));
  });
});

describe('hasSpecifics', () => {
  test.each([
    ['41 minutes', true],
    ['a third cheaper', false],
    ['twice as fast', true],
    ['half the time', true],
    ['“It paid for itself” (owner)', true],
    ['customers love it', false],
    ['', false],
  ])('“%s” → %s', (text, expected) => {
    expect(hasSpecifics(text)).toBe(expected);
  });
});
