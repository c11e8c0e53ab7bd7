import { describe, expect, test } from 'vitest';
import {
  assembleValuePropContent,
  checkValuePropContent,
  VALUE_PROP_DIR,
  type ValuePropEntry,
} from '../../../src/lib/value-prop/content-check';
import { readValuePropEntries } from './content';

const entries = readValuePropEntries();
const lessonIds = entries.flatMap(({ data }) =>
  data.kind === 'builder'
    ? data.steps.map((s) => s.lesson)
    : data.kind === 'language-check'
      ? Object.values(data.rules).map((r) => r.lesson)
      : [],
);
const replace = (kind: string, change: (entry: ValuePropEntry) => ValuePropEntry) =>
  entries.map((entry) => (entry.data.kind === kind ? change(structuredClone(entry)) : entry));

describe('checkValuePropContent', () => {
  test('the shipped content has no problems when its lessons exist', () => {
    expect(checkValuePropContent(entries, lessonIds)).toEqual([]);
  });

  test('a dangling lesson slug names the file, the field and the slug', () => {
    const problems = checkValuePropContent(
      entries,
      lessonIds.filter((id) => id !== 'find-the-value-that-makes-people-buy'),
    );
    expect(problems).toContainEqual({
      file: expect.stringMatching(/builder\.yaml$/),
      field: 'steps[3].lesson',
      reason: 'no lesson with slug "find-the-value-that-makes-people-buy"',
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/language-check\.yaml$/),
        field: 'rules.unproven-claim.lesson',
      }),
    );
  });

  test('a field asked twice, or never, is reported', () => {
    const changed = replace('builder', (entry) => {
      if (entry.data.kind !== 'builder') return entry;
      const [first] = entry.data.steps[0]!.fields;
      entry.data.steps[1]!.fields[0] = first!;
      return entry;
    });
    const problems = checkValuePropContent(changed, lessonIds);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'steps[1].fields[0].id',
        reason: 'field "primaryCustomer" is already asked at steps[0].fields[0].id',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'steps', reason: 'no step asks for field "productName"' }),
    );
  });

  test('two steps for the same golden rule are reported', () => {
    const changed = replace('builder', (entry) => {
      if (entry.data.kind === 'builder') entry.data.steps[1]!.rule = 1;
      return entry;
    });
    expect(checkValuePropContent(changed, lessonIds)).toContainEqual(
      expect.objectContaining({ field: 'steps[1].rule' }),
    );
  });

  test('missing and duplicated files are reported against the folder or the extra file', () => {
    expect(checkValuePropContent([], [])).toEqual([
      { file: VALUE_PROP_DIR, field: 'kind', reason: 'no file of kind "builder"' },
      { file: VALUE_PROP_DIR, field: 'kind', reason: 'no file of kind "language-check"' },
      { file: VALUE_PROP_DIR, field: 'kind', reason: 'no worked example (a file of kind "example")' },
    ]);
    const builder = entries.find((entry) => entry.data.kind === 'builder')!;
    const doubled = [...entries, { ...builder, file: 'content/value-prop/zz-builder.yaml' }];
    expect(checkValuePropContent(doubled, lessonIds)).toContainEqual(
      expect.objectContaining({ file: 'content/value-prop/zz-builder.yaml', field: 'kind' }),
    );
  });
});

describe('assembleValuePropContent', () => {
  test('returns the builder, the check and the examples in their order', () => {
    const content = assembleValuePropContent(entries, (entry) => entry.file);
    expect(content.builder.steps).toHaveLength(4);
    expect(content.examples.map((example) => example.order)).toEqual([1, 2, 3]);
  });

  test('fails loudly when called on incomplete content', () => {
    expect(() => assembleValuePropContent([], (entry) => entry.file)).toThrow(/checkValuePropContent/);
  });
});
