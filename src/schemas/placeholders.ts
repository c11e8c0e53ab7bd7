// Placeholders in reader-facing sentences (`{name}`), without zod: the browser fills sentences
// with them (lib/template.ts) and the message schemas check them (schemas/messages.ts).

/** A placeholder in a sentence: `{name}`. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** A sentence with the named placeholders; the brand carries the names for lib/template.ts's `fill`. */
export type Template<Name extends string> = string & { readonly placeholders?: Name };

/** The placeholder names a sentence uses, each once, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}
