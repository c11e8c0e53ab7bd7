import { describe, expect, test } from 'vitest';
import { toPageContent } from '../../../src/lib/value-prop/page-content';
import { readValuePropContent } from './content';

const content = readValuePropContent();

describe('toPageContent', () => {
  test('turns every lesson slug into the link the resolver gives', () => {
    const page = toPageContent(content, (slug) => ({ title: slug.toUpperCase(), href: `/lessons/${slug}/` }));
    expect(page.steps[0]?.lesson).toEqual({
      title: 'KNOW-YOUR-PRIMARY-AND-SECONDARY-CUSTOMERS',
      href: '/lessons/know-your-primary-and-secondary-customers/',
    });
    expect(page.rules.jargon.lesson.href).toBe('/lessons/define-the-product-in-your-customers-words/');
  });

  test('keeps a lesson without a page as a title alone', () => {
    const page = toPageContent(content, (slug) => ({ title: slug }));
    expect(page.steps.every((step) => step.lesson.href === undefined)).toBe(true);
  });

  test('passes the lists, bands, examples and intro through unchanged, and serialises as JSON', () => {
    const page = toPageContent(content, (slug) => ({ title: slug }));
    expect(page.lists).toBe(content.languageCheck.lists);
    expect(page.ratingBands).toBe(content.languageCheck.ratingBands);
    expect(page.examples).toBe(content.examples);
    expect(page.intro).toBe(content.builder.intro);
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });
});
