import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { linkMessagesSchema, storyMessagesSchema, workshopMessagesSchema } from '../../src/schemas/messages';
import { placeholders } from '../../src/schemas/placeholders';
import { fill } from '../../src/lib/template';
import { WORKSHOP_MESSAGES } from '../../src/lib/assessment/workshop/messages';

describe('fill', () => {
  test('puts each value where its placeholder is, as often as it appears', () => {
    expect(fill('Line {line} repeats line {line}; {n} more.', { line: 3, n: 'two' })).toBe(
      'Line 3 repeats line 3; two more.',
    );
  });

  test('names each placeholder once, in order', () => {
    expect(placeholders('{b} then {a}, and {b} again')).toEqual(['b', 'a']);
    expect(placeholders('No placeholders.')).toEqual([]);
  });
});

describe('message schemas', () => {
  test.each([
    ['story', storyMessagesSchema],
    ['links', linkMessagesSchema],
    ['workshop', workshopMessagesSchema],
  ] as const)('content/messages/%s.yaml has every sentence with its placeholders', (name, schema) => {
    const parsed = schema.safeParse(parse(readFileSync(`content/messages/${name}.yaml`, 'utf8')));
    expect(parsed.error && z.prettifyError(parsed.error)).toBeUndefined();
  });

  const valid = structuredClone(WORKSHOP_MESSAGES) as Record<string, unknown> & { teamLinkLabel: string };

  test('accept the site’s own workshop messages', () => {
    expect(workshopMessagesSchema.safeParse(valid).success).toBe(true);
  });

  test('reject a sentence that lost or renamed its placeholder, naming the one it needs', () => {
    for (const teamLinkLabel of ['Team link (long; everything is in the link)', 'Team link ({size} characters)']) {
      const parsed = workshopMessagesSchema.safeParse({ ...valid, teamLinkLabel });
      expect(parsed.success).toBe(false);
      expect(z.prettifyError(parsed.error!)).toContain('{length}');
    }
  });

  test('reject a missing sentence', () => {
    const { teamLinkLabel: _, ...missing } = valid;
    expect(workshopMessagesSchema.safeParse(missing).success).toBe(false);
  });
});
