import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { languageCheckSchema, messageTemplateSchema } from '../../../src/schemas/value-prop';

const shipped = parse(readFileSync('content/value-prop/language-check.yaml', 'utf8'));

describe('messageTemplateSchema', () => {
  test('accepts the placeholders it lists and plain prose', () => {
    expect(messageTemplateSchema('match').parse('“{match}” is insider language.')).toBe(
      '“{match}” is insider language.',
    );
    expect(messageTemplateSchema().safeParse('No placeholders here.').success).toBe(true);
  });

  test('rejects a placeholder the rule does not fill, naming it and the allowed ones', () => {
    const result = messageTemplateSchema('matches').safeParse('{match} is a claim.');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('unknown placeholder {match}; allowed: {matches}');
  });
});

describe('languageCheckSchema', () => {
  test('the shipped file parses, with a message for every finding', () => {
    const check = languageCheckSchema.parse(shipped);
    expect(check.rules['unproven-claim'].messages.claims.message.other).toContain('{matches}');
  });

  test('a rule without its messages is rejected at that rule', () => {
    const broken = structuredClone(shipped);
    delete broken.rules.jargon.messages;
    const result = languageCheckSchema.safeParse(broken);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['rules.jargon.messages']);
  });
});
