// The assessment's cross-file checks and lesson lookups, pure so tests run them without Astro.
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { ContentProblem } from '../content-integrity';
import type { PublishedLessonLink } from '../lesson-link';

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
