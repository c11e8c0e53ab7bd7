import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defineFragmentCodec, FRAGMENT_ERRORS, fragmentParam } from '../../src/lib/fragment-codec';
import { err, ok } from '../../src/lib/result';

const codec = defineFragmentCodec<string>({
  link: 'value-prop-draft',
  param: 'x',
  currentVersion: 2,
  maxLength: 20,
  splitVersion: (code) => {
    const match = /^(\d)\.(.*)$/.exec(code);
    return match ? { version: Number(match[1]), body: match[2] ?? '' } : undefined;
  },
  versions: {
    1: (body) => (body === 'bad' ? err('truncated') : ok(`one:${body}`)),
    2: (body) => {
      if (body === 'boom') throw new Error('a reader bug');
      return ok(`two:${body}`);
    },
  },
});
const messages = FRAGMENT_ERRORS['value-prop-draft'];

describe('fragmentParam', () => {
  test('reads one parameter from a hash, with or without the leading #', () => {
    expect(fragmentParam('#x=1.a', 'x')).toBe('1.a');
    expect(fragmentParam('x=1.a', 'x')).toBe('1.a');
  });
  test('is undefined when the hash is empty or holds another parameter', () => {
    expect(fragmentParam('', 'x')).toBeUndefined();
    expect(fragmentParam('#main', 'x')).toBeUndefined();
  });
});

describe('defineFragmentCodec', () => {
  test('every published version stays readable', () => {
    expect(codec.decode('1.a')).toEqual({ ok: true, value: 'one:a' });
    expect(codec.decode('2.a')).toEqual({ ok: true, value: 'two:a' });
  });
  test('an empty or non-string code is "empty"', () => {
    expect(codec.decode('  ')).toEqual({ ok: false, error: { kind: 'empty', message: messages.empty } });
    expect(codec.decode(undefined)).toEqual({ ok: false, error: { kind: 'empty', message: messages.empty } });
  });
  test('a code over the cap is refused before it is read', () => {
    expect(codec.decode(`1.${'a'.repeat(30)}`)).toEqual({
      ok: false,
      error: { kind: 'oversized', message: messages.oversized },
    });
  });
  test('a version this build has no reader for is "future-version"', () => {
    expect(codec.decode('3.a').ok ? undefined : codec.decode('3.a')).toMatchObject({
      error: { kind: 'future-version' },
    });
  });
  test('a reader’s error kind gets the tool’s message', () => {
    expect(codec.decode('1.bad')).toEqual({ ok: false, error: { kind: 'truncated', message: messages.truncated } });
  });
  test('never throws, even when a reader does', () => {
    expect(codec.decode('2.boom')).toMatchObject({ ok: false, error: { kind: 'malformed' } });
    fc.assert(fc.property(fc.anything(), (input) => typeof codec.decode(input).ok === 'boolean'));
  });
});
