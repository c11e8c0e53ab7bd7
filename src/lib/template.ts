// Reader-facing sentences live in content YAML with {placeholders}; this fills them. The schema
// (schemas/messages.ts) checks each sentence uses exactly the placeholders its code fills, so a
// renamed or missing one fails the tests instead of showing "{count}" to a reader.
import { PLACEHOLDER, type Template } from '../schemas/placeholders';

/** The sentence with every placeholder replaced by its value. */
export function fill<Name extends string>(template: Template<Name>, values: Record<Name, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? String(values[name as Name]) : whole,
  );
}
