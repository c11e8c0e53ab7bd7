import { describe, expect, test } from 'vitest';
import { draftView, stepOfField } from '../../../src/lib/value-prop/builder-view';
import { checkLanguage, compileLanguageLists } from '../../../src/lib/value-prop/language-check';
import { readValuePropContent } from './content';

const content = readValuePropContent();
const compiled = compileLanguageLists(content.languageCheck.lists, content.languageCheck.rules);
const check = (fields: Parameters<typeof checkLanguage>[0]) => checkLanguage(fields, compiled);

describe('draftView', () => {
  test('groups the findings by field, in report order', () => {
    const view = draftView(
      { benefit: 'we are a world-class solution', primaryCustomer: 'everyone' },
      check,
      content.languageCheck.ratingBands,
    );
    expect([...view.findingsByField.keys()]).toEqual(['primaryCustomer', 'benefit']);
    expect(view.findingsByField.get('benefit')?.map((f) => f.rule)).toEqual([
      'company-centric',
      'superlative',
      'jargon',
    ]);
    expect(view.filled).toBe(2);
    expect(view.rating).toEqual({ status: 'not-enough', filled: 2, needed: 4 });
  });

  test('rates a worked example from its own report', () => {
    const example = content.examples[0]!;
    const view = draftView(example.fields, check, content.languageCheck.ratingBands);
    expect(view.report.findings).toEqual([]);
    expect(view.rating.status).toBe('rated');
  });
});

describe('stepOfField', () => {
  test('finds the step that asks for a field', () => {
    const steps = content.builder.steps;
    expect(stepOfField(steps, 'primaryCustomer')).toBe(0);
    expect(stepOfField(steps, 'difference')).toBe(3);
  });
});
