// Cross-file checks for the builder's content that a per-file schema cannot make: one builder
// and one language check, every field asked exactly once, and lesson slugs that resolve.
import type { ContentProblem } from '../content-integrity';
import type { BuilderContent, ExampleContent, LanguageCheckContent, ValuePropFile } from '../../schemas/value-prop';
import { FIELD_IDS, type FieldId } from './fields';
import { RULE_IDS } from './language-check';

/** One file of the collection, with where it came from. */
export interface ValuePropEntry {
  file: string;
  data: ValuePropFile;
}

/** The builder's content, assembled and checked. */
export interface ValuePropContent {
  builder: BuilderContent;
  languageCheck: LanguageCheckContent;
  /** Worked examples, in their `order`. */
  examples: (ExampleContent & { id: string })[];
}

/** The folder named in problems that concern the collection as a whole. */
export const VALUE_PROP_DIR = 'content/value-prop';

/** Every cross-file problem, naming file, field and reason. `lessonIds` are all lesson slugs. */
export function checkValuePropContent(
  entries: readonly ValuePropEntry[],
  lessonIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessons = new Set(lessonIds);
  const lessonRef = (file: string, field: string, slug: string) => {
    if (!lessons.has(slug)) problems.push({ file, field, reason: `no lesson with slug "${slug}"` });
  };
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file));

  for (const kind of ['builder', 'language-check'] as const) {
    const files = sorted.filter((entry) => entry.data.kind === kind);
    if (files.length === 0) problems.push({ file: VALUE_PROP_DIR, field: 'kind', reason: `no file of kind "${kind}"` });
    for (const extra of files.slice(1)) {
      problems.push({
        file: extra.file,
        field: 'kind',
        reason: `a second "${kind}" file; ${files[0]?.file} is already one`,
      });
    }
  }
  if (!sorted.some((entry) => entry.data.kind === 'example')) {
    problems.push({ file: VALUE_PROP_DIR, field: 'kind', reason: 'no worked example (a file of kind "example")' });
  }

  for (const { file, data } of sorted) {
    if (data.kind === 'builder') {
      const seen = new Map<FieldId, string>();
      const rules = new Set<number>();
      data.steps.forEach((step, stepIndex) => {
        if (rules.has(step.rule))
          problems.push({ file, field: `steps[${stepIndex}].rule`, reason: `golden rule ${step.rule} has two steps` });
        rules.add(step.rule);
        lessonRef(file, `steps[${stepIndex}].lesson`, step.lesson);
        step.fields.forEach((field, fieldIndex) => {
          const where = `steps[${stepIndex}].fields[${fieldIndex}].id`;
          const first = seen.get(field.id);
          if (first) problems.push({ file, field: where, reason: `field "${field.id}" is already asked at ${first}` });
          else seen.set(field.id, where);
        });
      });
      for (const id of FIELD_IDS) {
        if (!seen.has(id)) problems.push({ file, field: 'steps', reason: `no step asks for field "${id}"` });
      }
    } else if (data.kind === 'language-check') {
      for (const rule of RULE_IDS) lessonRef(file, `rules.${rule}.lesson`, data.rules[rule].lesson);
    }
  }
  return problems;
}

/** The checked content, ready for the page; call only when `checkValuePropContent` found nothing. */
export function assembleValuePropContent(
  entries: readonly ValuePropEntry[],
  idOf: (entry: ValuePropEntry) => string,
): ValuePropContent {
  let builder: BuilderContent | undefined;
  let languageCheck: LanguageCheckContent | undefined;
  const examples: ValuePropContent['examples'] = [];
  for (const entry of entries) {
    const { data } = entry;
    if (data.kind === 'builder') builder = data;
    else if (data.kind === 'language-check') languageCheck = data;
    else examples.push({ ...data, id: idOf(entry) });
  }
  if (!builder || !languageCheck) throw new Error('value-prop content is incomplete; run checkValuePropContent first');
  return { builder, languageCheck, examples: examples.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)) };
}
