// The worked examples as the builder loads them. The examples are static HTML; each "Load" button
// names an example and a version, and the builder island finds its fields in this JSON on click.

/** What loading needs: the draft's name and its fields. */
export interface LoadableExample {
  draftName: string;
  fields: Record<string, string>;
}

/** The id of the `<script type="application/json">` that holds the examples' drafts. */
export const EXAMPLE_DRAFTS_ID = 'vp-example-drafts';

/** The data attribute on a load button: `<example id>` or `<example id>:before`. */
export const EXAMPLE_BUTTON_ATTRIBUTE = 'data-vp-load-example';

/** Every loadable version, by the key its button carries. */
export function exampleDrafts(
  examples: readonly (LoadableExample & { id: string; before?: LoadableExample | undefined })[],
): Record<string, LoadableExample> {
  return Object.fromEntries(
    examples.flatMap(({ id, draftName, fields, before }) => [
      [id, { draftName, fields }],
      ...(before ? [[`${id}:before`, { draftName: before.draftName, fields: before.fields }]] : []),
    ]),
  );
}

/** JSON safe inside a `<script>` element: no `<` can close it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
