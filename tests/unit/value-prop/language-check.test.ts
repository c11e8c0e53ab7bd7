import { describe, expect, test } from 'vitest';
import {
  checkLanguage,
  compileLanguageLists,
  languageListsCompiler,
  pronounBalance,
  type RuleId,
} from '../../../src/lib/value-prop/language-check';
import type { DraftFields, FieldId } from '../../../src/lib/value-prop/fields';
import { readValuePropContent } from './content';

const content = readValuePropContent();
const compiled = compileLanguageLists(content.languageCheck.lists, content.languageCheck.rules);
const rulesFound = (fields: DraftFields) => checkLanguage(fields, compiled).findings.map((f) => `${f.field}:${f.rule}`);
const flags = (field: FieldId, text: string, rule: RuleId, extra: DraftFields = {}) =>
  rulesFound({ proof: 'Used by 40 shops', ...extra, [field]: text }).includes(`${field}:${rule}`);

describe('checkLanguage', () => {
  // [field, text, rule] rows that must be flagged…
  const mustFlag: [FieldId, string, RuleId][] = [
    ['benefit', 'we are a world-class innovative solution', 'company-centric'],
    ['benefit', 'we are a world-class innovative solution', 'superlative'],
    ['benefit', 'we are a world-class innovative solution', 'jargon'],
    ['difference', 'our team answers within a day', 'company-centric'],
    ['job', 'We’re helping them plan', 'company-centric'],
    ['category', 'next generation platform', 'superlative'],
    ['category', 'World Class tools', 'superlative'],
    ['category', 'a leading stock app', 'superlative'],
    ['pains', 'their legacy tools', 'jargon'],
    ['gains', 'they can leverage synergies', 'jargon'],
    ['job', 'need to streamline ordering', 'jargon'],
    ['primaryCustomer', 'businesses of all sizes', 'everyone'],
    ['primaryCustomer', 'everyone who cooks', 'everyone'],
    ['primaryCustomer', 'small businesses', 'everyone'],
    ['primaryCustomer', 'For all consumers.', 'everyone'],
    ['benefit', 'has barcode scanning and a dashboard', 'feature-not-benefit'],
    ['benefit', 'AI analytics in a cloud dashboard', 'feature-not-benefit'],
    ['alternative', 'none', 'no-alternative'],
    ['alternative', 'There is no competition', 'no-alternative'],
    ['alternative', 'N/A', 'no-alternative'],
    ['difference', 'is faster and cheaper', 'unproven-claim'],
    ['benefit', 'saves you time', 'unproven-claim'],
    ['proof', 'customers love it', 'unproven-claim'],
    [
      'pains',
      'every single time they try to order supplies for the shop they have to ring three different people and wait for a reply that rarely ever comes on time',
      'long-sentence',
    ],
  ];
  test.each(mustFlag)('flags %s “%s” as %s', (field, text, rule) => {
    expect(
      flags(
        field,
        text,
        rule,
        field === 'proof'
          ? { proof: text }
          : field === 'benefit' || field === 'difference' || field === 'gains'
            ? { proof: 'customers love it' }
            : {},
      ),
    ).toBe(true);
  });

  // …and rows that must not be.
  const mustNotFlag: [FieldId, string, RuleId][] = [
    ['benefit', 'gets your whole shop counted in 45 minutes', 'company-centric'],
    ['job', 'need weekly totals for the West Coast stores', 'company-centric'],
    ['job', 'sell to the US market', 'company-centric'],
    ['proof', '“We cut waste by a third” (head chef, 60-cover bistro)', 'company-centric'],
    ['category', 'leaderboard app', 'superlative'],
    ['gains', 'fewer stock-outs, leading to calmer Mondays', 'superlative'],
    ['primaryCustomer', 'people who run bike shops', 'everyone'],
    ['primaryCustomer', 'small businesses that sell at weekend markets', 'everyone'],
    ['benefit', 'has your stock counted by lunch', 'feature-not-benefit'],
    ['benefit', 'lets you count stock with the app on your phone', 'feature-not-benefit'],
    ['alternative', 'nothing: they put up with the mess', 'no-alternative'],
    ['difference', 'is 40% cheaper than a stock-taking firm', 'unproven-claim'],
    ['proof', 'In a pilot with 12 shops a count took 41 minutes', 'unproven-claim'],
    ['proof', '“It paid for itself” (owner, Leeds bike shop)', 'unproven-claim'],
    ['pains', 'counting stock means closing for a day. Mistakes still slip through.', 'long-sentence'],
    ['productName', 'World-Class Widgets', 'superlative'],
  ];
  test.each(mustNotFlag)('does not flag %s “%s” as %s', (field, text, rule) => {
    expect(flags(field, text, rule, field === 'proof' ? { proof: text } : {})).toBe(false);
  });

  test('a claim is accepted when the proof holds a number', () => {
    expect(
      flags('difference', 'is faster than paper', 'unproven-claim', {
        proof: 'Counts took 41 minutes instead of 8 hours',
      }),
    ).toBe(false);
  });

  test('a difference with no proof at all is a pitfall reported on the proof field', () => {
    const report = checkLanguage({ difference: 'needs no closing day' }, compiled);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'difference-without-proof', field: 'proof' }),
    );
  });

  test('a difference with proof is not reported as unproven', () => {
    const report = checkLanguage({ difference: 'needs no closing day', proof: 'Used by 40 shops' }, compiled);
    expect(report.findings.map((f) => f.rule)).not.toContain('difference-without-proof');
  });

  test('“leading provider” is reported once, as company-centric, not again as a superlative', () => {
    const report = checkLanguage({ benefit: 'the leading provider of stock counts' }, compiled);
    const words = report.findings.filter((f) => f.rule === 'company-centric' || f.rule === 'superlative');
    expect(words).toHaveLength(1);
    expect(words[0]).toMatchObject({ rule: 'company-centric', matches: ['leading provider'] });
  });

  test('every finding names a field, a message and a fix', () => {
    const example = content.examples.find((e) => e.before);
    const report = checkLanguage(example!.before!.fields, compiled);
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(finding.message.length).toBeGreaterThan(10);
      expect(finding.fix.length).toBeGreaterThan(10);
    }
  });

  test('findings come in the order of the fields', () => {
    const report = checkLanguage(
      { difference: 'we are unique', primaryCustomer: 'everyone', proof: 'Used by 40 shops' },
      compiled,
    );
    expect(report.findings.map((f) => f.field)).toEqual(['primaryCustomer', 'difference', 'difference']);
  });

  test('an empty draft has no findings', () => {
    expect(checkLanguage({}, compiled).findings).toEqual([]);
  });

  test('the good example answers, taken together, raise no problems', () => {
    const fields = Object.fromEntries(content.builder.steps.flatMap((s) => s.fields.map((f) => [f.id, f.good])));
    expect(checkLanguage(fields, compiled).findings).toEqual([]);
  });

  test('every weak example answer except the product name is flagged in its own field', () => {
    for (const field of content.builder.steps.flatMap((s) => s.fields)) {
      if (field.id === 'productName') continue;
      const found = checkLanguage({ [field.id]: field.bad }, compiled).findings.filter((f) => f.field === field.id);
      expect(found, `${field.id}: “${field.bad}”`).not.toHaveLength(0);
    }
  });

  test('the worked examples raise no problems and the before version of the start-up raises many', () => {
    for (const example of content.examples) {
      const problems = checkLanguage(example.fields, compiled).findings.filter((f) => f.severity === 'problem');
      expect(problems, example.title).toEqual([]);
      if (example.title.includes('start-up')) {
        const before = checkLanguage(example.before!.fields, compiled).findings.filter((f) => f.severity === 'problem');
        expect(before.length).toBeGreaterThanOrEqual(10);
      }
    }
  });
});

describe('compileLanguageLists', () => {
  test('builds one pattern per listed term, reusable across calls', () => {
    expect(compiled.patterns.jargon).toHaveLength(content.languageCheck.lists.jargon.length);
    const fields = { benefit: 'a seamless solution' };
    expect(checkLanguage(fields, compiled)).toEqual(checkLanguage(fields, compiled));
  });

  test('compiled a pattern at a time, it builds the same patterns, and finishes what is left on use', () => {
    const { lists, rules } = content.languageCheck;
    const sources = (patterns: Record<string, RegExp[]>) =>
      Object.fromEntries(Object.entries(patterns).map(([list, found]) => [list, found.map(String)]));
    const stepped = languageListsCompiler(lists, rules);
    let steps = 0;
    while (stepped.step()) steps += 1;
    expect(steps).toBe(Object.values(lists).reduce((sum, list) => sum + list.length, 0));
    expect(sources(stepped.result().patterns)).toEqual(sources(compiled.patterns));

    const halfway = languageListsCompiler(lists, rules);
    for (let step = 0; step < steps / 2; step++) halfway.step();
    expect(sources(halfway.result().patterns)).toEqual(sources(compiled.patterns));
    expect(halfway.step()).toBe(false);
    expect(halfway.result()).toBe(halfway.result());
  });

  test('feature openers only count at the start of the benefit', () => {
    const own = compileLanguageLists(
      {
        ...content.languageCheck.lists,
        featureOpeners: ['has'],
        featureNouns: ['zzz'],
      },
      content.languageCheck.rules,
    );
    expect(checkLanguage({ benefit: 'has scanning' }, own).findings.map((f) => f.rule)).toContain(
      'feature-not-benefit',
    );
    expect(checkLanguage({ benefit: 'nobody else has it' }, own).findings.map((f) => f.rule)).not.toContain(
      'feature-not-benefit',
    );
  });
});

describe('pronounBalance', () => {
  test('counts company words against customer words in customer-facing fields', () => {
    expect(pronounBalance({ benefit: 'We give you our best', difference: 'your shop, your way' }, compiled)).toEqual({
      company: 2,
      customer: 3,
    });
  });

  test('ignores the primary customer and the product name', () => {
    expect(pronounBalance({ primaryCustomer: 'people like us', productName: 'Our Shop' }, compiled)).toEqual({
      company: 0,
      customer: 0,
    });
  });
});
