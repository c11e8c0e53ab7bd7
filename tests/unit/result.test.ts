import { describe, expect, test } from 'vitest';
import { err, ok } from '../../src/lib/result';

describe('ok', () => {
  test('wraps a value as a success', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
  });
});

describe('err', () => {
  test('wraps a message as a failure', () => {
    expect(err('bad link')).toEqual({ ok: false, error: 'bad link' });
  });
  test('wraps a reader error (kind and message) as a failure', () => {
    expect(err({ kind: 'empty', message: 'No answers.' })).toEqual({
      ok: false,
      error: { kind: 'empty', message: 'No answers.' },
    });
  });
});
