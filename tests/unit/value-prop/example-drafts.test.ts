import { describe, expect, test } from 'vitest';
import { exampleDrafts, scriptJson } from '../../../src/lib/value-prop/example-drafts';
import { readValuePropContent } from './content';

describe('exampleDrafts', () => {
  test('keys every example by its id, and its before version by id:before', () => {
    const { examples } = readValuePropContent();
    const drafts = exampleDrafts(examples);
    const keys = examples.flatMap((e) => (e.before ? [e.id, `${e.id}:before`] : [e.id]));
    expect(Object.keys(drafts)).toEqual(keys);
    const withBefore = examples.find((e) => e.before)!;
    expect(drafts[`${withBefore.id}:before`]).toEqual({
      draftName: withBefore.before!.draftName,
      fields: withBefore.before!.fields,
    });
  });
});

describe('scriptJson', () => {
  test('cannot close its script element early, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script>' };
    expect(scriptJson(value)).not.toContain('<');
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });
});
