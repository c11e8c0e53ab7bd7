import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createDraft } from '../../../src/lib/value-prop/draft';
import { FIELD_MAX_CHARS } from '../../../src/lib/value-prop/fields';
import {
  EXPORT_FORMAT,
  exportDraftsJson,
  exportFileName,
  importDraftsJson,
  MAX_IMPORT_CHARS,
} from '../../../src/lib/value-prop/json-transfer';

const draft = createDraft({
  id: 'a',
  name: 'Bike shops',
  fields: { job: 'count stock', proof: '12 shops' },
  now: Date.UTC(2026, 0, 2),
});
const file = (body: object) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, ...body });

describe('exportDraftsJson', () => {
  test('writes the format marker, the version and the answers without local ids', () => {
    const json = JSON.parse(exportDraftsJson([draft], new Date(Date.UTC(2026, 0, 3))));
    expect(json).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-01-03T00:00:00.000Z',
      drafts: [
        {
          name: 'Bike shops',
          fields: { job: 'count stock', proof: '12 shops' },
          createdAt: '2026-01-02T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
        },
      ],
    });
  });
});

describe('importDraftsJson', () => {
  test('reads back what was exported', () => {
    const imported = importDraftsJson(exportDraftsJson([draft], new Date('2026-12-02T09:00:00Z')));
    expect(imported).toEqual({
      ok: true,
      value: [expect.objectContaining({ name: 'Bike shops', fields: draft.fields })],
    });
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof importDraftsJson(text).ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  test('rejects text that is not JSON', () => {
    const result = importDraftsJson('{ this is garbage');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
  });

  test('rejects JSON that is not one of our exports', () => {
    expect(importDraftsJson('{"drafts": []}')).toEqual({
      ok: false,
      error: expect.stringContaining('not a value-proposition export'),
    });
    expect(importDraftsJson('[1, 2]')).toEqual({
      ok: false,
      error: expect.stringContaining('not a value-proposition export'),
    });
  });

  test('rejects a huge file before parsing it', () => {
    expect(importDraftsJson(' '.repeat(MAX_IMPORT_CHARS + 1))).toEqual({
      ok: false,
      error: expect.stringContaining('too large'),
    });
  });

  test('rejects a file from a newer version', () => {
    expect(importDraftsJson(JSON.stringify({ format: EXPORT_FORMAT, version: 2, drafts: [] }))).toEqual({
      ok: false,
      error: expect.stringContaining('newer version'),
    });
  });

  test('names where a damaged file went wrong', () => {
    const result = importDraftsJson(
      file({ drafts: [{ name: 'x', fields: { job: 'y'.repeat(FIELD_MAX_CHARS + 1) } }] }),
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining('drafts.0.fields.job') });
  });

  test('rejects a file with no drafts, or more than there is room for', () => {
    expect(importDraftsJson(file({ drafts: [] }))).toEqual({ ok: false, error: expect.stringContaining('no drafts') });
    const three = file({
      drafts: [
        { name: 'a', fields: {} },
        { name: 'b', fields: {} },
        { name: 'c', fields: {} },
      ],
    });
    expect(importDraftsJson(three, 2)).toEqual({ ok: false, error: expect.stringContaining('room for 2 more') });
  });
});

describe('exportFileName', () => {
  test('turns the draft name into a safe kebab-case file name', () => {
    expect(exportFileName('Kiln & Table: café plates!', 'json')).toBe('kiln-table-cafe-plates.json');
    expect(exportFileName('   ', 'md')).toBe('value-proposition.md');
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md');
  });
});
