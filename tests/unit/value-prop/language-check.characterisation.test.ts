// Pins the language check's whole report (every finding's rule, field, severity, message, fix and
// matches, in order, and the we/you balance) for every worked example, every guide answer and a set
// of tricky inputs. Recorded before the check was split into one module per rule; a change here
// is a change a reader sees.
import { describe, expect, test } from 'vitest';
import { checkLanguage, compileLanguageLists, createLanguageChecker } from '../../../src/lib/value-prop/language-check';
import { FIELD_IDS, type DraftFields, type FieldId } from '../../../src/lib/value-prop/fields';
import { readValuePropContent } from './content';

const content = readValuePropContent();
const compiled = compileLanguageLists(content.languageCheck.lists, content.languageCheck.rules);
const guides = content.builder.steps.flatMap((step) => step.fields);

/** Every field given the same text, so each field's rules see it. */
const everywhere = (text: string): DraftFields => Object.fromEntries(FIELD_IDS.map((id) => [id, text]));

const TRICKY: [string, DraftFields][] = [
  ['empty draft', {}],
  ['blank answers', { benefit: '   ', proof: '\n' }],
  ['company words everywhere', everywhere('We are the leading provider of our world-class, innovative solution.')],
  ['customer words everywhere', everywhere('You get your stock counted in 45 minutes, so your Monday is calm.')],
  ['overlapping lists', { benefit: 'the leading provider of a best-in-class seamless end-to-end platform' }],
  ['curly and straight apostrophes', { job: "We’re sure we're here; we’ve got ours", gains: "you're and you’ll" }],
  [
    'quoted company words',
    { proof: '“We cut waste by a third” (head chef, 60-cover bistro)', benefit: 'our "we" test' },
  ],
  ['the US is not us', { job: 'sell to the US market', pains: 'us and US and Us' }],
  ['inflections', { pains: 'leveraging synergies, empowered teams, streamlines, solutions' }],
  ['hyphen and space variants', { category: 'world class, world-class, world–class next-generation tools' }],
  ['generic audience as the whole answer', { primaryCustomer: 'For all the small businesses.' }],
  ['generic audience narrowed', { primaryCustomer: 'small businesses that sell at weekend markets' }],
  ['broad and generic together', { primaryCustomer: 'everyone' }],
  ['feature opener without you', { benefit: 'Includes a dashboard, an API and reports' }],
  ['feature nouns with you', { benefit: 'a dashboard and an API for you' }],
  ['claims with proof elsewhere', { benefit: 'faster and cheaper', difference: 'better', proof: '41 minutes' }],
  ['claims with no proof', { benefit: 'faster and cheaper', difference: 'better', gains: 'more and easier' }],
  ['difference without proof', { difference: 'needs no closing day' }],
  ['proof with a quotation only', { proof: '“It paid for itself” (owner, Leeds bike shop)' }],
  ['proof with a number word', { proof: 'twice as many shops' }],
  ['denial of any alternative', { alternative: 'none, there is no competition; N/A' }],
  [
    'long sentences in several fields',
    {
      pains: Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '),
      benefit: `${Array.from({ length: 26 }, () => 'you').join(' ')}. Short.`,
      productName: Array.from({ length: 27 }, () => 'Name').join(' '),
    },
  ],
  ['product name is a name', { productName: 'World-Class Solutions Inc' }],
];

const report = (fields: DraftFields) => checkLanguage(fields, compiled);

describe('checkLanguage, characterised', () => {
  test('every worked example, after and before', () => {
    const results = content.examples.map((example) => ({
      id: example.id,
      after: report(example.fields),
      before: example.before ? report(example.before.fields) : null,
    }));
    expect(results).toMatchSnapshot();
  });

  test('every guide answer, strong and weak, alone in its field and all together', () => {
    const alone = guides.map((guide) => ({
      field: guide.id,
      good: report({ [guide.id]: guide.good }),
      bad: report({ [guide.id]: guide.bad }),
    }));
    const together = (pick: 'good' | 'bad') =>
      report(Object.fromEntries(guides.map((guide) => [guide.id as FieldId, guide[pick]])));
    expect({ alone, good: together('good'), bad: together('bad') }).toMatchSnapshot();
  });

  test.each(TRICKY)('%s', (_name, fields) => {
    expect(report(fields)).toMatchSnapshot();
  });

  test('each weak answer put in every other field', () => {
    const crossed = guides.flatMap((guide) =>
      FIELD_IDS.map((field) => ({ text: guide.bad, field, findings: report({ [field]: guide.bad }).findings })),
    );
    expect(crossed).toMatchSnapshot();
  });
});

describe('createLanguageChecker', () => {
  const check = createLanguageChecker(() => compiled);
  const drafts = [
    ...content.examples.flatMap((example) => [example.fields, ...(example.before ? [example.before.fields] : [])]),
    ...TRICKY.map(([, fields]) => fields),
  ];

  test('reports exactly what checkLanguage reports, for every draft, checked twice over', () => {
    for (const fields of [...drafts, ...drafts]) expect(check(fields)).toEqual(report(fields));
  });

  test('compiles the word lists once, on the first draft with an answer', () => {
    let compiles = 0;
    const lazy = createLanguageChecker(() => {
      compiles += 1;
      return compiled;
    });
    expect(lazy({})).toEqual(report({}));
    expect(lazy({ benefit: '  ' })).toEqual(report({ benefit: '  ' }));
    expect(compiles).toBe(0);
    expect(lazy({ benefit: 'faster' })).toEqual(report({ benefit: 'faster' }));
    expect(lazy({ benefit: 'faster', proof: '41 minutes' })).toEqual(
      report({ benefit: 'faster', proof: '41 minutes' }),
    );
    expect(compiles).toBe(1);
  });

  test('a field typed into after the proof changed is re-read against the new proof', () => {
    expect(check({ benefit: 'faster', proof: '' }).findings.map((f) => f.rule)).toContain('unproven-claim');
    expect(check({ benefit: 'faster', proof: '41 minutes' }).findings.map((f) => f.rule)).not.toContain(
      'unproven-claim',
    );
  });
});
