// The line that tells a reader what kind of story a lesson tells: made up to illustrate the idea,
// or a real case with its source. Pure, so the page, the handout and the feed say the same words.
import type { LessonExample, LessonSource } from '../schemas/lesson';
import story from '../../content/messages/story.yaml';
import type { StoryMessages } from '../schemas/messages';
import { fill } from './template';

// The site's own words (checked against their schema by the tests, so no zod here).
const STORY_MESSAGES = story as StoryMessages;

/** What an illustrative lesson says about its story, wherever the lesson appears (content/messages/story.yaml). */
export const ILLUSTRATIVE_LABEL: string = STORY_MESSAGES.illustrative;

/** The source a documented example names, looked up among the lesson's sources by exact title. */
export function documentingSource(example: LessonExample, sources: readonly LessonSource[]): LessonSource | undefined {
  if (example.kind !== 'documented') return undefined;
  return sources.find((source) => source.title === example.source);
}

/** The reader-facing label for a lesson's example. */
export function storyLabel(example: LessonExample, sources: readonly LessonSource[]): string {
  if (example.kind === 'illustrative') return ILLUSTRATIVE_LABEL;
  const source = documentingSource(example, sources);
  const credit = source
    ? fill(STORY_MESSAGES.credit, { title: source.title, author: source.author })
    : fill(STORY_MESSAGES.creditTitleOnly, { title: example.source });
  return fill(STORY_MESSAGES.documented, { credit });
}
