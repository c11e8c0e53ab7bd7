import { describe, expect, test } from 'vitest';
import { RULE_IDS, RULES } from '../../../../src/lib/value-prop/language-check';

describe('RULES', () => {
  test('holds one module per rule the content describes, and no other', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  test('gives each rule its own place in a field’s findings', () => {
    const orders = RULES.map((rule) => rule.order);
    expect(new Set(orders).size).toBe(orders.length);
  });
});
