import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AnswerValue, Answers } from '../../../src/lib/assessment/answers';
import { instrumentFingerprint } from '../../../src/lib/assessment/fingerprint';
import {
  MAX_SHARE_CODE_LENGTH,
  decodeResultLink,
  decodeShareCode,
  encodeShareCode,
  shareCodeFromHash,
  shareLinkPath,
} from '../../../src/lib/assessment/share-code';
import { definition, realDefinition } from './support';

const real = realDefinition();

/** Any answer set for an instrument: each statement blank or 1–5, at least one answered. */
const answerSets = (questions: readonly { id: string }[]) =>
  fc
    .tuple(...questions.map(() => fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })))
    .filter((values) => values.some((value) => value !== undefined))
    .map((values) => {
      const answers: Record<string, AnswerValue> = {};
      values.forEach((value, index) => {
        const question = questions[index];
        if (question && value !== undefined) answers[question.id] = value as AnswerValue;
      });
      return answers as Answers;
    });

const validCode = encodeShareCode(definition, { 'listen-often': 5, 'timing-late': 2 });

describe('encodeShareCode', () => {
  test('writes version, instrument fingerprint and packed answers', () => {
    expect(validCode).toBe(`1.${instrumentFingerprint(definition)}.u00c`);
  });

  test('packs two answers per character, so the real 25 statements take 13', () => {
    const all: Answers = Object.fromEntries(real.questions.map((question) => [question.id, 3]));
    const packed = encodeShareCode(real, all).split('.')[2];
    expect(packed).toHaveLength(13);
  });

  test('uses only characters that need no escaping in a URL fragment', () => {
    fc.assert(
      fc.property(answerSets(real.questions), (answers) => /^[0-9a-z.]+$/.test(encodeShareCode(real, answers))),
    );
  });
});

describe('decodeShareCode', () => {
  test('returns the answers that were encoded, for every valid answer set', () => {
    fc.assert(
      fc.property(answerSets(real.questions), (answers) => {
        expect(decodeShareCode(real, encodeShareCode(real, answers))).toEqual({ ok: true, value: answers });
      }),
    );
  });

  test('round-trips an instrument with an odd number of statements', () => {
    fc.assert(
      fc.property(answerSets(definition.questions), (answers) => {
        expect(decodeShareCode(definition, encodeShareCode(definition, answers))).toEqual({ ok: true, value: answers });
      }),
    );
  });

  test('returns an error value, never an exception, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeShareCode(real, text);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
  });

  test('returns an error value for any value that is not a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => typeof value === 'string' || decodeShareCode(real, value).ok === false),
    );
  });

  test('rejects near-miss codes built from the right alphabet', () => {
    const fingerprint = instrumentFingerprint(definition);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-z]{0,6}$/), (packed) => {
        const result = decodeShareCode(definition, `1.${fingerprint}.${packed}`);
        if (result.ok) expect(Object.keys(result.value).length).toBeGreaterThan(0);
      }),
    );
  });

  test.each([
    ['an empty string', '', 'empty'],
    ['a code with every statement blank', `1.${instrumentFingerprint(definition)}.0000`, 'empty'],
    ['a code longer than any real one', `1.${'a'.repeat(MAX_SHARE_CODE_LENGTH)}`, 'oversized'],
    ['a code cut short', validCode.slice(0, -2), 'truncated'],
    ['a code with extra characters', `${validCode}0`, 'malformed'],
    ['a code from a newer format', validCode.replace(/^1\./, '2.'), 'future-version'],
    ['a code for a different set of statements', validCode.replace(/\.[0-9a-z]+\./, '.zzzz.'), 'other-edition'],
    ['a code with markup in it', '1.abc.<img src=x onerror=alert(1)>', 'malformed'],
    ['a code with an impossible padding slot', `1.${instrumentFingerprint(definition)}.0001`, 'malformed'],
    ['a code with upper-case letters', validCode.toUpperCase(), 'malformed'],
    ['a version of zero', validCode.replace(/^1\./, '0.'), 'malformed'],
  ])('rejects %s as "$2"', (_name, code, kind) => {
    const result = decodeShareCode(definition, code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  test('accepts a code with surrounding whitespace', () => {
    expect(decodeShareCode(definition, `  ${validCode}\n`)).toEqual({
      ok: true,
      value: { 'listen-often': 5, 'timing-late': 2 },
    });
  });
});

describe('shareCodeFromHash', () => {
  test('reads the code from a fragment with or without the leading #', () => {
    expect(shareCodeFromHash('#r=1.abc.def')).toBe('1.abc.def');
    expect(shareCodeFromHash('r=1.abc.def')).toBe('1.abc.def');
  });
  test('returns undefined for an empty fragment or one without a code', () => {
    expect(shareCodeFromHash('')).toBeUndefined();
    expect(shareCodeFromHash('#main')).toBeUndefined();
  });
  test('never throws, whatever the fragment', () => {
    fc.assert(fc.property(fc.string(), (hash) => ['string', 'undefined'].includes(typeof shareCodeFromHash(hash))));
  });
});

describe('decodeResultLink', () => {
  test('reads a full result link', () => {
    expect(decodeResultLink(definition, `https://example.com${shareLinkPath(validCode)}`).ok).toBe(true);
  });
  test('reads a bare code or a bare fragment', () => {
    expect(decodeResultLink(definition, validCode).ok).toBe(true);
    expect(decodeResultLink(definition, `#r=${validCode}`).ok).toBe(true);
  });
  test('says a link without a code is not a result link', () => {
    const result = decodeResultLink(definition, 'https://example.com/assessment/');
    expect(result.ok ? undefined : result.error.kind).toBe('not-a-link');
  });
  test('passes a damaged code’s own error through', () => {
    const result = decodeResultLink(definition, `https://example.com/assessment/#r=${validCode.slice(0, -1)}`);
    expect(result.ok ? undefined : result.error.kind).toBe('truncated');
  });
  test('returns an error value, never an exception, for any pasted text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => typeof decodeResultLink(real, text).ok === 'boolean'),
    );
  });
});

describe('shareLinkPath', () => {
  test('puts the code in the fragment of the assessment page, never the query string', () => {
    expect(shareLinkPath('1.abc.def')).toBe('/assessment/#r=1.abc.def');
  });
});
