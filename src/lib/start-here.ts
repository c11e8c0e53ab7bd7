// A series' "start here" path: a curated reading order for newcomers, which reader progress
// follows. Pure, so the series page, the home page and the tests agree on the order.
import type { ContentProblem } from './content-integrity';

/** The fields the path needs from a lesson. */
export interface PathLesson {
  id: string;
}

/**
 * The start-here lessons visible in this build, in the curated order. Slugs with no visible
 * lesson (scheduled, draft) are skipped, so the path grows as episodes publish.
 */
export function startHerePath<T extends PathLesson>(
  startHere: readonly string[] | undefined,
  visible: readonly T[],
): T[] {
  const byId = new Map(visible.map((lesson) => [lesson.id, lesson]));
  return [...new Set(startHere ?? [])].flatMap((slug) => {
    const lesson = byId.get(slug);
    return lesson ? [lesson] : [];
  });
}

/**
 * The order a reader works through a series: the start-here path first, then every other
 * episode in episode order. "Continue" suggests the next unread lesson in this order.
 */
export function readingOrder<T extends PathLesson>(
  startHere: readonly string[] | undefined,
  episodesInOrder: readonly T[],
  visible: readonly T[] = episodesInOrder,
): T[] {
  const path = startHerePath(startHere, visible);
  const onPath = new Set(path.map((lesson) => lesson.id));
  return [...path, ...episodesInOrder.filter((lesson) => !onPath.has(lesson.id))];
}

/** A series' start-here slugs that name no lesson, or name one twice, as problems naming file and field. */
export function checkStartHere(
  series: readonly { file: string; startHere?: readonly string[] | undefined }[],
  lessonIds: readonly string[],
): ContentProblem[] {
  const known = new Set(lessonIds);
  return series.flatMap(({ file, startHere = [] }) =>
    startHere.flatMap((slug, index): ContentProblem[] => {
      const field = `startHere[${index}]`;
      if (!known.has(slug)) return [{ file, field, reason: `no lesson with slug "${slug}"` }];
      if (startHere.indexOf(slug) !== index) return [{ file, field, reason: `"${slug}" is already on the path` }];
      return [];
    }),
  );
}
