import { describe, expect, test } from 'vitest';
import { err, ok } from '../../../src/lib/value-prop/result';

describe('ok', () => {
  test('wraps a value as a success', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
  });
});

describe('err', () => {
  test('wraps a message as a failure', () => {
    expect(err('bad link')).toEqual({ ok: false, error: 'bad link' });
  });
});
