// The builder's real content, read without Astro, so rule tests run against the word lists
// that ship (the lists are the specification an editor maintains).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { valuePropFileSchema, type ValuePropFile } from '../../../src/schemas/value-prop';
import type { ValuePropEntry } from '../../../src/lib/value-prop/content-check';
import { assembleValuePropContent, type ValuePropContent } from '../../../src/lib/value-prop/content-check';

/** Every file of content/value-prop (or another content dir), parsed by the schema. */
export function readValuePropEntries(contentDir = 'content'): ValuePropEntry[] {
  const dir = join(contentDir, 'value-prop');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const data: ValuePropFile = valuePropFileSchema.parse(parse(readFileSync(file, 'utf8')));
      return { file, data };
    });
}

/** The assembled content. */
export function readValuePropContent(contentDir = 'content'): ValuePropContent {
  return assembleValuePropContent(readValuePropEntries(contentDir), (entry) =>
    entry.file.replace(/^.*\/|\.yaml$/g, ''),
  );
}
