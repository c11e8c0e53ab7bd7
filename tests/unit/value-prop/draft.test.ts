import { describe, expect, test } from 'vitest';
import {
  countFilled,
  createDraft,
  displayName,
  draftSchema,
  isDraftEmpty,
  renameDraft,
  uniqueName,
  UNTITLED_DRAFT_NAME,
  updateField,
} from '../../../src/lib/value-prop/draft';
import { DRAFT_NAME_MAX_CHARS, FIELD_MAX_CHARS } from '../../../src/lib/value-prop/fields';

const base = createDraft({ id: 'd1', name: 'Shop', now: 1000 });

describe('createDraft', () => {
  test('stamps both times with now and drops empty fields', () => {
    expect(createDraft({ id: 'a', name: ' Shop ', fields: { job: 'x', pains: '' }, now: 5 })).toEqual({
      id: 'a',
      name: 'Shop',
      fields: { job: 'x' },
      createdAt: 5,
      updatedAt: 5,
    });
  });

  test('names a nameless draft “Untitled draft” and clips long names and fields', () => {
    const draft = createDraft({ id: 'a', name: '  ', fields: { job: 'x'.repeat(FIELD_MAX_CHARS + 9) }, now: 0 });
    expect(draft.name).toBe(UNTITLED_DRAFT_NAME);
    expect(draft.fields.job).toHaveLength(FIELD_MAX_CHARS);
    expect(createDraft({ id: 'a', name: 'n'.repeat(200), now: 0 }).name).toHaveLength(DRAFT_NAME_MAX_CHARS);
  });
});

describe('updateField', () => {
  test('changes one field, clips it to the limit, and moves updatedAt', () => {
    const next = updateField(base, 'job', 'y'.repeat(FIELD_MAX_CHARS + 1), 2000);
    expect(next.fields.job).toHaveLength(FIELD_MAX_CHARS);
    expect(next.updatedAt).toBe(2000);
    expect(base.fields.job).toBeUndefined();
  });
});

describe('renameDraft', () => {
  test('keeps the name as typed (trailing spaces too) so typing is not disturbed', () => {
    expect(renameDraft(base, 'New name ', 3).name).toBe('New name ');
  });
});

describe('isDraftEmpty', () => {
  test('is true for blank answers only', () => {
    expect(isDraftEmpty(base)).toBe(true);
    expect(isDraftEmpty(updateField(base, 'job', '  ', 1))).toBe(true);
    expect(isDraftEmpty(updateField(base, 'job', 'x', 1))).toBe(false);
  });
});

describe('countFilled', () => {
  test('counts fields with text', () => {
    expect(countFilled({ job: 'a', pains: ' ', gains: 'b' })).toBe(2);
  });
});

describe('displayName', () => {
  test('never shows a blank name', () => {
    expect(displayName({ name: '  ' })).toBe(UNTITLED_DRAFT_NAME);
    expect(displayName({ name: 'Shop' })).toBe('Shop');
  });
});

describe('uniqueName', () => {
  test('adds (2), (3)… until the name is free, ignoring case', () => {
    expect(uniqueName('Shop', [])).toBe('Shop');
    expect(uniqueName('Shop', ['shop'])).toBe('Shop (2)');
    expect(uniqueName('Shop', ['Shop', 'Shop (2)'])).toBe('Shop (3)');
  });

  test('stays within the name limit', () => {
    const long = 'n'.repeat(DRAFT_NAME_MAX_CHARS);
    expect(uniqueName(long, [long]).length).toBeLessThanOrEqual(DRAFT_NAME_MAX_CHARS);
  });
});

describe('draftSchema', () => {
  test('accepts a draft and drops unknown fields', () => {
    const parsed = draftSchema.parse({ ...base, fields: { job: 'x', future: 'y' } });
    expect(parsed.fields).toEqual({ job: 'x' });
  });

  test('rejects an over-long field, a bad id and a negative time', () => {
    expect(draftSchema.safeParse({ ...base, fields: { job: 'x'.repeat(FIELD_MAX_CHARS + 1) } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...base, id: '<script>' }).success).toBe(false);
    expect(draftSchema.safeParse({ ...base, createdAt: -1 }).success).toBe(false);
  });
});
