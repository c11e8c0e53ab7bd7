// The assessment's cross-file checks and lesson lookups, pure so tests run them without Astro.
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { ContentProblem } from '../content-integrity';
import type { PublishedLessonLink } from '../lesson-link';
import { lessonPath } from '../routes';
import type { AgendaLesson } from './workshop/agenda';

/** Every recommended lesson that names no existing lesson, with file, field and reason. */
export function checkAssessmentReferences(
  definition: Pick<AssessmentDefinition, 'dimensions'>,
  file: string,
  lessonIds: readonly string[],
): ContentProblem[] {
  const known = new Set(lessonIds);
  return definition.dimensions.flatMap((dimension, dimensionIndex) =>
    dimension.lessons.flatMap((slug, lessonIndex) =>
      known.has(slug)
        ? []
        : [
            {
              file,
              field: `dimensions[${dimensionIndex}].lessons[${lessonIndex}]`,
              reason: `no lesson with slug "${slug}"`,
            },
          ],
    ),
  );
}

/**
 * Each dimension's recommended lessons that have a page in this build, in the editor's order.
 * A recommended lesson that is scheduled or a draft is skipped until it is published.
 */
export function recommendedLessons(
  definition: Pick<AssessmentDefinition, 'dimensions'>,
  visible: readonly PublishedLessonLink[],
): Record<string, PublishedLessonLink[]> {
  const bySlug = new Map(visible.map((lesson) => [lesson.slug, lesson]));
  return Object.fromEntries(
    definition.dimensions.map((dimension) => [
      dimension.id,
      dimension.lessons.flatMap((slug) => {
        const lesson = bySlug.get(slug);
        return lesson ? [lesson] : [];
      }),
    ]),
  );
}

/** A lesson as the content layer gives it: its id and the frontmatter a link shows. */
export interface LessonSource {
  id: string;
  data: { title: string; summary: string; discussion: readonly string[] };
}

/** Each dimension's recommended lessons among those with a page in this build, as links. */
export function recommendedLessonLinks(
  definition: Pick<AssessmentDefinition, 'dimensions'>,
  lessons: readonly LessonSource[],
): Record<string, PublishedLessonLink[]> {
  return recommendedLessons(
    definition,
    lessons.map((lesson) => ({
      slug: lesson.id,
      title: lesson.data.title,
      summary: lesson.data.summary,
      href: lessonPath(lesson.id),
    })),
  );
}

/** Each dimension's recommended lessons for the workshop agenda, with their discussion questions. */
export function recommendedAgendaLessons(
  definition: Pick<AssessmentDefinition, 'dimensions'>,
  lessons: readonly LessonSource[],
): Record<string, AgendaLesson[]> {
  const discussionBySlug = new Map(lessons.map((lesson) => [lesson.id, lesson.data.discussion]));
  return Object.fromEntries(
    Object.entries(recommendedLessonLinks(definition, lessons)).map(([dimensionId, links]) => [
      dimensionId,
      links.map(({ slug, title, href }) => ({
        slug,
        title,
        href,
        discussion: [...(discussionBySlug.get(slug) ?? [])],
      })),
    ]),
  );
}

/** How many statements a reader answers in a minute, for the time the pages promise. */
export const STATEMENTS_PER_MINUTE = 3;

/** About how long the assessment takes, in whole minutes. */
export function minutesToAnswer(definition: Pick<AssessmentDefinition, 'questions'>): number {
  return Math.ceil(definition.questions.length / STATEMENTS_PER_MINUTE);
}
