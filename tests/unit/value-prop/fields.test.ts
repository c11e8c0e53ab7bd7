import { describe, expect, test } from 'vitest';
import { CUSTOMER_FACING_FIELDS, FIELD_IDS, fieldText, isFieldId } from '../../../src/lib/value-prop/fields';

describe('isFieldId', () => {
  test('accepts the field ids and nothing else', () => {
    for (const id of FIELD_IDS) expect(isFieldId(id)).toBe(true);
    expect(isFieldId('toString')).toBe(false);
    expect(isFieldId('')).toBe(false);
  });
});

describe('fieldText', () => {
  test('is the trimmed answer, or empty for a missing one', () => {
    expect(fieldText({ job: '  count stock \n' }, 'job')).toBe('count stock');
    expect(fieldText({}, 'job')).toBe('');
  });
});

describe('CUSTOMER_FACING_FIELDS', () => {
  test('are all real fields', () => {
    expect(CUSTOMER_FACING_FIELDS.every(isFieldId)).toBe(true);
  });
});
