import { describe, expect, test } from 'vitest';
import { createDraft } from '../../../src/lib/value-prop/draft';
import {
  draftToMarkdown,
  draftToPlainText,
  escapeMarkdown,
  gapLabeller,
  segmentsToPlain,
} from '../../../src/lib/value-prop/text-export';
import { composeHeadline } from '../../../src/lib/value-prop/compose';

const guide = {
  steps: [
    {
      rule: 1,
      title: 'Who are your customers?',
      fields: [{ id: 'primaryCustomer' as const, label: 'Primary customer', gap: 'target customer' }],
    },
    { rule: 4, title: 'Why will they choose you?', fields: [{ id: 'benefit' as const, label: 'Key benefit' }] },
  ],
};
const draft = createDraft({
  id: 'a',
  name: 'Bike *shops*',
  fields: { primaryCustomer: 'owners of bike shops', benefit: 'counts stock in 45 minutes' },
  now: 0,
});

describe('draftToMarkdown', () => {
  test('has the name, each output, and every step with its answers', () => {
    const md = draftToMarkdown(draft, guide);
    expect(md).toMatch(/^# Bike \\\*shops\\\*\n/);
    expect(md).toContain('## Positioning statement\n\nFor owners of bike shops who \\[job\\]');
    expect(md).toContain('**Counts stock in 45 minutes**');
    expect(md).toContain('### 1. Who are your customers?\n\n- **Primary customer:** owners of bike shops');
  });

  test('marks unanswered fields instead of leaving them blank', () => {
    const md = draftToMarkdown(createDraft({ id: 'b', name: 'Empty', now: 0 }), guide);
    expect(md).toContain('- **Key benefit:** _not answered yet_');
    expect(md).toContain('**\\[key benefit\\]**');
  });

  test('includes the check when given one', () => {
    const md = draftToMarkdown(draft, guide, {
      rating: { status: 'rated', score: 72, band: { min: 55, label: 'Getting there', description: '' } },
      findings: [
        {
          rule: 'jargon',
          field: 'benefit',
          severity: 'problem',
          message: 'Jargon.',
          fix: 'Say it plainly.',
          matches: [],
        },
      ],
      ruleTitle: () => 'Jargon',
    });
    expect(md).toContain("## Customer's-eye check\n\nRating: 72/100, Getting there.");
    expect(md).toContain('- **Key benefit** (Jargon): Jargon. Say it plainly.');
  });

  test('escapes user text so it cannot become links, images or HTML', () => {
    const md = draftToMarkdown(
      createDraft({ id: 'c', name: 'x', fields: { benefit: '![x](http://evil) <script>' }, now: 0 }),
      guide,
    );
    expect(md).toContain('\\!\\[x\\](http://evil) \\<script\\>');
    expect(md).not.toContain('<script>');
  });
});

describe('draftToPlainText', () => {
  test('has the name and the four outputs, gaps in brackets', () => {
    const text = draftToPlainText(draft, guide);
    expect(text.split('\n')[0]).toBe('Bike *shops*');
    expect(text).toContain('Headline: Counts stock in 45 minutes');
    // Fields the guide does not label fall back to their id.
    expect(text).toContain('Sub-headline: [productName] is [category] for owners of bike shops.');
    expect(text).toContain('Elevator pitch\nToday, [pains].');
  });
});

describe('gapLabeller', () => {
  test('uses the field’s gap words, else its label in lower case, else its id', () => {
    const gap = gapLabeller(guide);
    expect(gap('primaryCustomer')).toBe('target customer');
    expect(gap('benefit')).toBe('key benefit');
    expect(gap('proof')).toBe('proof');
  });
});

describe('segmentsToPlain', () => {
  test('brackets gaps with their label', () => {
    expect(segmentsToPlain(composeHeadline({}), () => 'key benefit')).toBe('[key benefit]');
  });
});

describe('escapeMarkdown', () => {
  test('escapes markup characters and list markers at the start of a line', () => {
    expect(escapeMarkdown('a_b *c* [d] #e')).toBe('a\\_b \\*c\\* \\[d\\] \\#e');
    expect(escapeMarkdown('- item\n1. first')).toBe('\\- item\n1\\. first');
  });
});
