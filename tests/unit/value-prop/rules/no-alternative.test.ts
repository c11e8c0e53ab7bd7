import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { found } from './support';

describe('no-alternative', () => {
  test.each<[string, DraftFields, string[]]>([
    ['"none"', { alternative: 'none' }, ['alternative: none']],
    ['"no competition"', { alternative: 'There is no competition' }, ['alternative: no competition']],
    ['"N/A"', { alternative: 'N/A' }, ['alternative: N/A']],
    ['putting up with it is an alternative', { alternative: 'nothing: they put up with the mess' }, []],
    ['only the alternative is checked', { difference: 'none of the hassle' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('no-alternative', fields)).toEqual(expected);
  });
});
