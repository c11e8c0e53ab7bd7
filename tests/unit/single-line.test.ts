import { describe, expect, test } from 'vitest';
import { singleLine } from '../../src/lib/single-line';

describe('singleLine', () => {
  test('turns control characters and runs of white space into one space', () =>
    expect(singleLine('  Sales\u0000\tteam \n\u007f lead ', 40)).toBe('Sales team lead'));
  test('cuts at the given length after collapsing', () => expect(singleLine('a   b   c', 3)).toBe('a b'));
  test('leaves an empty string empty', () => expect(singleLine(' \n ', 10)).toBe(''));
});
