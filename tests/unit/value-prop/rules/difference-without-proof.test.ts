import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { checkLanguage } from '../../../../src/lib/value-prop/language-check';
import { compiled, found } from './support';

describe('difference-without-proof', () => {
  test.each<[string, DraftFields, string[]]>([
    ['a difference and no proof, reported on the proof', { difference: 'needs no closing day' }, ['proof']],
    ['a proof of any kind answers it', { difference: 'needs no closing day', proof: 'Used by 40 shops' }, []],
    ['a blank proof is no proof', { difference: 'needs no closing day', proof: '  ' }, ['proof']],
    ['no difference, nothing to prove', { benefit: 'turns a day-long count into 45 minutes' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('difference-without-proof', fields)).toEqual(expected);
  });

  test('comes after the proof field’s own findings', () => {
    const fields = { difference: 'needs no closing day', pains: 'we are slow' };
    expect(checkLanguage(fields, compiled).findings.map((f) => f.rule)).toEqual([
      'company-centric',
      'difference-without-proof',
    ]);
  });
});
