// What the page hands the island: the checked content with each lesson slug turned into a
// link (or just a title while the lesson is not yet public). Plain data, so it serialises.
import type {
  CheckRule,
  ExampleContent,
  FieldGuide,
  LanguageCheckContent,
  StepContent,
} from '../../schemas/value-prop';
import type { ValuePropContent } from './content-check';
import type { RuleId } from './language-check';
import type { LessonLink } from '../lesson-link';

/** A step with its lesson resolved. */
export type StepView = Omit<StepContent, 'lesson' | 'fields'> & { lesson: LessonLink; fields: FieldGuide[] };
/** A check rule with its lesson resolved. */
export type RuleView = Omit<CheckRule, 'lesson'> & { lesson: LessonLink };
/** Every check rule with its lesson resolved, each keeping the messages its findings show. */
export type RuleViews = { [Id in RuleId]: Omit<LanguageCheckContent['rules'][Id], 'lesson'> & { lesson: LessonLink } };
/** A worked example, with its id. */
export type ExampleView = ExampleContent & { id: string };

/** Everything the builder island needs. */
export interface BuilderPageContent {
  intro: string;
  steps: StepView[];
  rules: RuleViews;
  lists: LanguageCheckContent['lists'];
  ratingBands: LanguageCheckContent['ratingBands'];
  examples: ExampleView[];
}

/** Resolves lesson slugs through `lessonFor`, which knows titles and which lessons are public. */
export function toPageContent(content: ValuePropContent, lessonFor: (slug: string) => LessonLink): BuilderPageContent {
  const { builder, languageCheck } = content;
  return {
    intro: builder.intro,
    steps: builder.steps.map((step) => ({ ...step, lesson: lessonFor(step.lesson) })),
    rules: Object.fromEntries(
      Object.entries(languageCheck.rules).map(([id, rule]) => [id, { ...rule, lesson: lessonFor(rule.lesson) }]),
    ) as RuleViews,
    lists: languageCheck.lists,
    ratingBands: languageCheck.ratingBands,
    examples: content.examples,
  };
}
