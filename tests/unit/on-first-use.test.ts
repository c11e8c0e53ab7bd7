import { describe, expect, test } from 'vitest';
import { onFirstUse } from '../../src/lib/on-first-use';

describe('onFirstUse', () => {
  test('makes nothing until called, then makes the value once', () => {
    let made = 0;
    const value = onFirstUse(() => {
      made += 1;
      return { made };
    });
    expect(made).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect(made).toBe(1);
  });

  test('remembers a value that is undefined', () => {
    let made = 0;
    const value = onFirstUse(() => {
      made += 1;
      return undefined;
    });
    value();
    value();
    expect(made).toBe(1);
  });
});
