import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { toBase64Url } from '../../../src/lib/value-prop/bytes';
import { DRAFT_NAME_MAX_CHARS, FIELD_IDS, FIELD_MAX_CHARS, type DraftFields } from '../../../src/lib/value-prop/fields';
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_CODE_CHARS,
  MAX_SHARE_JSON_BYTES,
  readShareCode,
  shareFragment,
} from '../../../src/lib/value-prop/share-code';
import { FRAGMENT_ERRORS, type FragmentErrorKind } from '../../../src/lib/fragment-codec';

const draftError = (kind: FragmentErrorKind) => ({ kind, message: FRAGMENT_ERRORS['value-prop-draft'][kind] });

const fieldsArbitrary: fc.Arbitrary<DraftFields> = fc.record(
  Object.fromEntries(
    FIELD_IDS.map((id) => [id, fc.string({ minLength: 1, maxLength: FIELD_MAX_CHARS, unit: 'grapheme' })]),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<DraftFields>;
const draftArbitrary = fc.record({
  name: fc.string({ maxLength: DRAFT_NAME_MAX_CHARS }),
  fields: fieldsArbitrary,
});
const codeOf = (json: string) => `v1.${toBase64Url(deflateSync(new TextEncoder().encode(json)))}`;

describe('encodeShareCode', () => {
  test('makes a versioned code of URL-safe characters', () => {
    expect(encodeShareCode({ name: 'Shop', fields: { job: 'count stock' } })).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  test('a full draft fits comfortably in a link', () => {
    const fields = Object.fromEntries(FIELD_IDS.map((id) => [id, 'word '.repeat(FIELD_MAX_CHARS / 5)]));
    expect(encodeShareCode({ name: 'Shop', fields }).length).toBeLessThan(MAX_SHARE_CODE_CHARS);
  });
});

describe('decodeShareCode', () => {
  test('valid drafts round-trip exactly', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const decoded = decodeShareCode(encodeShareCode(draft));
        expect(decoded).toEqual({ ok: true, value: draft });
      }),
      { numRuns: 200 },
    );
  });

  test('arbitrary strings give an error value and never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const decoded = decodeShareCode(text);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(decodeShareCode(`v1.${text}`).ok).toBe(false);
      }),
    );
  });

  test('a corrupted valid code gives an error value, never an exception', () => {
    fc.assert(
      fc.property(draftArbitrary, fc.nat(), fc.constantFrom(...'ABCxyz019-_'), (draft, position, character) => {
        const code = encodeShareCode(draft);
        const at = 3 + (position % (code.length - 3));
        const tampered = code.slice(0, at) + character + code.slice(at + 1);
        const decoded = decodeShareCode(tampered);
        if (decoded.ok) expect(decoded.value.name.length).toBeLessThanOrEqual(DRAFT_NAME_MAX_CHARS);
      }),
      { numRuns: 300 },
    );
  });

  test('an empty code, a cut-off code and a code without a version are damaged', () => {
    const code = encodeShareCode({ name: 'Shop', fields: { job: 'count stock every quarter' } });
    expect(decodeShareCode('')).toEqual({ ok: false, error: draftError('empty') });
    expect(decodeShareCode(code.slice(0, code.length - 6))).toEqual({ ok: false, error: draftError('malformed') });
    expect(decodeShareCode(code.slice(3))).toEqual({ ok: false, error: draftError('malformed') });
  });

  test('an unknown version says so', () => {
    const code = encodeShareCode({ name: 'Shop', fields: {} });
    expect(decodeShareCode(code.replace(/^v1/, 'v9'))).toEqual({ ok: false, error: draftError('future-version') });
    expect(decodeShareCode(codeOf(JSON.stringify({ v: 2, n: 'x', f: {} })))).toEqual({
      ok: false,
      error: draftError('future-version'),
    });
  });

  test('an over-long code is refused before decoding', () => {
    expect(decodeShareCode(`v1.${'A'.repeat(MAX_SHARE_CODE_CHARS)}`)).toEqual({
      ok: false,
      error: draftError('oversized'),
    });
  });

  test('a small code that inflates past the limit (a zip bomb) is refused', () => {
    const bomb = codeOf(JSON.stringify({ v: 1, n: 'x', f: { job: ' '.repeat(MAX_SHARE_JSON_BYTES * 4) } }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CODE_CHARS);
    expect(decodeShareCode(bomb)).toEqual({ ok: false, error: draftError('oversized') });
  });

  test('well-formed JSON of the wrong shape is damaged', () => {
    expect(decodeShareCode(codeOf('[1,2,3]'))).toEqual({ ok: false, error: draftError('malformed') });
    expect(decodeShareCode(codeOf(JSON.stringify({ v: 1, n: 5, f: {} })))).toEqual({
      ok: false,
      error: draftError('malformed'),
    });
    expect(
      decodeShareCode(codeOf(JSON.stringify({ v: 1, n: 'x', f: { job: 'x'.repeat(FIELD_MAX_CHARS + 1) } }))),
    ).toEqual({
      ok: false,
      error: draftError('malformed'),
    });
    expect(decodeShareCode(codeOf('not json'))).toEqual({ ok: false, error: draftError('malformed') });
  });
});

describe('shareFragment', () => {
  test('is #d=<code>', () => {
    const draft = { name: 'Shop', fields: { job: 'x' } };
    expect(shareFragment(draft)).toBe(`#d=${encodeShareCode(draft)}`);
  });
});

describe('readShareCode', () => {
  test('finds the code in a hash and ignores other hashes', () => {
    expect(readShareCode('#d=v1.abc')).toBe('v1.abc');
    expect(readShareCode('#step-2')).toBeUndefined();
    expect(readShareCode('')).toBeUndefined();
    expect(readShareCode('#d=')).toBe('');
  });
});
