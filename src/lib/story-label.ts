// The line that tells a reader what kind of story a lesson tells: made up to illustrate the idea,
// or a real case with its source. Pure, so the page, the handout and the feed say the same words.
import type { LessonExample, LessonSource } from '../schemas/lesson';

/** What an illustrative lesson says about its story, wherever the lesson appears. */
export const ILLUSTRATIVE_LABEL =
  'The company in this lesson is made up to illustrate the idea: its people, quotes and numbers are invented, not reported.';

/** The source a documented example names, looked up among the lesson's sources by exact title. */
export function documentingSource(example: LessonExample, sources: readonly LessonSource[]): LessonSource | undefined {
  if (example.kind !== 'documented') return undefined;
  return sources.find((source) => source.title === example.source);
}

/** The reader-facing label for a lesson's example. */
export function storyLabel(example: LessonExample, sources: readonly LessonSource[]): string {
  if (example.kind === 'illustrative') return ILLUSTRATIVE_LABEL;
  const source = documentingSource(example, sources);
  const credit = source ? `“${source.title}”, ${source.author}` : `“${example.source}”`;
  return `The case in this lesson is real. It is documented in ${credit}.`;
}
