import { describe, expect, test } from 'vitest';
import type { DraftFields } from '../../../../src/lib/value-prop/fields';
import { found } from './support';

describe('feature-not-benefit', () => {
  test.each<[string, DraftFields, string[]]>([
    ['a feature opener', { benefit: 'has barcode scanning and a dashboard' }, ['benefit: has|scanning|dashboard']],
    ['two product parts', { benefit: 'AI analytics in a cloud dashboard' }, ['benefit: AI|analytics|cloud|dashboard']],
    ['an opener only counts at the start', { benefit: 'nobody else has it' }, []],
    ['"you" makes it an outcome', { benefit: 'lets you count stock with the app on your phone' }, []],
    ['"has your…" is about the customer', { benefit: 'has your stock counted by lunch' }, []],
    ['only the benefit is checked', { difference: 'includes a dashboard and an API' }, []],
  ])('%s', (_rule, fields, expected) => {
    expect(found('feature-not-benefit', fields)).toEqual(expected);
  });
});
