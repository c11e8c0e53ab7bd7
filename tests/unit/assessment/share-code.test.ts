import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers, type Response } from '../../../src/lib/assessment/answers';
import { instrumentFingerprint } from '../../../src/lib/assessment/fingerprint';
import {
  MAX_SHARE_CODE_LENGTH,
  decodeResultLink,
  decodeShareCode,
  encodeShareCode,
  shareCodeFromHash,
  shareLinkPath,
} from '../../../src/lib/assessment/share-code';
import { definition, firstEdition, realDefinition } from './support';

const real = realDefinition();
const v1 = firstEdition();
const editions = [real, v1];

/** Any answer set for an instrument: each statement blank, 1–5 or "doesn't apply", at least one given. */
const answerSets = (
  questions: readonly { id: string }[],
  responses = fc.constantFrom<Response>(1, 2, 3, 4, 5, NOT_APPLICABLE),
) =>
  fc
    .tuple(...questions.map(() => fc.option(responses, { nil: undefined })))
    .filter((values) => values.some((value) => value !== undefined))
    .map((values) => {
      const answers: Record<string, Response> = {};
      values.forEach((value, index) => {
        const question = questions[index];
        if (question && value !== undefined) answers[question.id] = value;
      });
      return answers as Answers;
    });

const validCode = encodeShareCode(definition, { 'listen-often': 5, 'timing-late': 2, 'timing-after': NOT_APPLICABLE });

describe('encodeShareCode', () => {
  test('writes version 2, the instrument fingerprint and one character per statement', () => {
    expect(validCode).toBe(`2.${instrumentFingerprint(definition)}.5000002n`);
  });

  test('keeps the real 28 statements’ code well under the length limit', () => {
    const all: Answers = Object.fromEntries(real.questions.map((question) => [question.id, 3]));
    expect(encodeShareCode(real, all).length).toBeLessThan(MAX_SHARE_CODE_LENGTH / 2);
  });

  test('uses only characters that need no escaping in a URL fragment', () => {
    fc.assert(
      fc.property(answerSets(real.questions), (answers) => /^[0-9a-z.]+$/.test(encodeShareCode(real, answers))),
    );
  });
});

describe('decodeShareCode', () => {
  test('returns the answers that were encoded, "doesn’t apply" included, with the current edition', () => {
    fc.assert(
      fc.property(answerSets(real.questions), (answers) => {
        expect(decodeShareCode(editions, encodeShareCode(real, answers))).toEqual({
          ok: true,
          value: { answers, edition: real },
        });
      }),
    );
  });

  test('reads a code with the edition whose statements it was made with', () => {
    fc.assert(
      fc.property(answerSets(v1.questions, fc.constantFrom<Response>(1, 2, 3, 4, 5)), (answers) => {
        const decoded = decodeShareCode(editions, encodeShareCode(v1, answers));
        expect(decoded.ok && decoded.value.edition).toBe(v1);
        expect(decoded.ok && decoded.value.answers).toEqual(answers);
      }),
    );
  });

  test('still reads version-1 codes: two answers per base-36 character', () => {
    // 13 characters for v1's 25 statements: "s" is 4 × 6 + 4, two "Agree"s; the last "o" is 4 × 6 + 0, padding.
    const decoded = decodeShareCode(editions, `1.${instrumentFingerprint(v1)}.sssssssssssso`);
    expect(decoded.ok && decoded.value.edition).toBe(v1);
    expect(decoded.ok && Object.values(decoded.value.answers)).toEqual(v1.questions.map(() => 4));
  });

  test('returns an error value, never an exception, for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeShareCode(editions, text);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
    );
  });

  test('returns an error value for any value that is not a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => typeof value === 'string' || decodeShareCode(editions, value).ok === false),
    );
  });

  test('rejects near-miss codes built from the right alphabet, in either format', () => {
    const fingerprint = instrumentFingerprint(definition);
    fc.assert(
      fc.property(fc.constantFrom('1', '2'), fc.stringMatching(/^[0-9a-z]{0,10}$/), (version, packed) => {
        const result = decodeShareCode([definition], `${version}.${fingerprint}.${packed}`);
        if (result.ok) expect(Object.keys(result.value.answers).length).toBeGreaterThan(0);
      }),
    );
  });

  test.each([
    ['an empty string', '', 'empty'],
    ['a code with every statement blank', `2.${instrumentFingerprint(definition)}.00000000`, 'empty'],
    ['a code longer than any real one', `2.${'a'.repeat(MAX_SHARE_CODE_LENGTH)}`, 'oversized'],
    ['a code cut short', validCode.slice(0, -2), 'truncated'],
    ['a code with extra characters', `${validCode}0`, 'malformed'],
    ['a code with an answer off the scale', validCode.replace(/\.5/, '.7'), 'malformed'],
    ['a code from a newer format', validCode.replace(/^2\./, '3.'), 'future-version'],
    ['a code for a different set of statements', validCode.replace(/\.[0-9a-z]+\./, '.zzzz.'), 'other-edition'],
    ['a code with markup in it', '2.abc.<img src=x onerror=alert(1)>', 'malformed'],
    ['a code with upper-case letters', validCode.toUpperCase(), 'malformed'],
    ['a version of zero', validCode.replace(/^2\./, '0.'), 'malformed'],
  ])('rejects %s as "$2"', (_name, code, kind) => {
    const result = decodeShareCode([definition], code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  test('rejects a version-1 code whose padding slot is not blank', () => {
    // Edition 1 has 25 statements, so the 13th character's second slot is padding.
    const result = decodeShareCode(editions, `1.${instrumentFingerprint(v1)}.${'0'.repeat(12)}1`);
    expect(result.ok ? undefined : result.error.kind).toBe('malformed');
  });

  test('accepts a code with surrounding whitespace', () => {
    expect(decodeShareCode([definition], `  ${validCode}\n`)).toEqual({
      ok: true,
      value: { answers: { 'listen-often': 5, 'timing-late': 2, 'timing-after': NOT_APPLICABLE }, edition: definition },
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
    expect(decodeResultLink([definition], `https://example.com${shareLinkPath(validCode)}`).ok).toBe(true);
  });
  test('reads a bare code or a bare fragment', () => {
    expect(decodeResultLink([definition], validCode).ok).toBe(true);
    expect(decodeResultLink([definition], `#r=${validCode}`).ok).toBe(true);
  });
  test('says a link without a code is not a result link', () => {
    const result = decodeResultLink([definition], 'https://example.com/assessment/');
    expect(result.ok ? undefined : result.error.kind).toBe('not-a-link');
  });
  test('passes a damaged code’s own error through', () => {
    const result = decodeResultLink([definition], `https://example.com/assessment/#r=${validCode.slice(0, -1)}`);
    expect(result.ok ? undefined : result.error.kind).toBe('truncated');
  });
  test('returns an error value, never an exception, for any pasted text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => typeof decodeResultLink(editions, text).ok === 'boolean'),
    );
  });
});

describe('shareLinkPath', () => {
  test('puts the code in the fragment of the assessment page, never the query string', () => {
    expect(shareLinkPath('1.abc.def')).toBe('/assessment/#r=1.abc.def');
  });
});
