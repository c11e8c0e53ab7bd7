// The worked examples teach by example, so they must pass the check they demonstrate: no finding
// on any field, and no sentence the builder composes from them longer than the check allows.
import { describe, expect, test } from 'vitest';
import { composeOutputs, segmentsToText } from '../../../src/lib/value-prop/compose';
import {
  checkLanguage,
  compileLanguageLists,
  MAX_SENTENCE_WORDS,
  sentenceWordCounts,
} from '../../../src/lib/value-prop/language-check';
import { readValuePropContent } from './content';

const content = readValuePropContent();
const compiled = compileLanguageLists(content.languageCheck.lists, content.languageCheck.rules);

describe('the worked examples', () => {
  for (const example of content.examples) {
    test(`${example.id}: the language check finds nothing in its fields`, () => {
      const findings = checkLanguage(example.fields, compiled).findings.map(
        (f) => `${f.field}: ${f.rule}: ${f.message}`,
      );
      expect(findings).toEqual([]);
    });
    test(`${example.id}: every sentence the builder composes from it has ${MAX_SENTENCE_WORDS} words or fewer`, () => {
      const outputs = composeOutputs(example.fields);
      const long = Object.entries(outputs).flatMap(([name, segments]) => {
        const text = segmentsToText(segments, (field) => `[${field}]`);
        const longest = Math.max(...sentenceWordCounts(text));
        return longest > MAX_SENTENCE_WORDS ? [`${name} (${longest} words): ${text}`] : [];
      });
      expect(long).toEqual([]);
    });
  }

  test('a before-and-after example shows the check at work: the before version has problems, the after none', () => {
    const withBefore = content.examples.filter((example) => example.before);
    expect(withBefore.length).toBeGreaterThanOrEqual(1);
    for (const example of withBefore) {
      const problems = checkLanguage(example.before!.fields, compiled).findings.filter((f) => f.severity === 'problem');
      expect(problems.length, example.id).toBeGreaterThan(3);
    }
  });
});
