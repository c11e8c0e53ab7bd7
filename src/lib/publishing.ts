// Publishing rules, pure so they can be tested with an injected "now".
// A lesson is public when it is not a draft and its publish date has arrived.

/** The fields the publishing rules read. */
export interface Schedulable {
  data: { draft: boolean; publishDate: Date };
}

/** True when the lesson may appear as a page, feed item, sitemap entry or search result. */
export function isPublished(lesson: Schedulable, now: Date): boolean {
  return !lesson.data.draft && lesson.data.publishDate.getTime() <= now.getTime();
}

/** True when the lesson is finished but waiting for its date: it may appear as "coming next". */
export function isScheduled(lesson: Schedulable, now: Date): boolean {
  return !lesson.data.draft && lesson.data.publishDate.getTime() > now.getTime();
}

/** Lessons sorted newest first; the sort is stable, so same-day lessons keep their order. */
export function newestFirst<T extends Schedulable>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => b.data.publishDate.getTime() - a.data.publishDate.getTime());
}

/** Published lessons, newest first. */
export function publishedNewestFirst<T extends Schedulable>(lessons: readonly T[], now: Date): T[] {
  return newestFirst(lessons.filter((lesson) => isPublished(lesson, now)));
}

/** Scheduled lessons, soonest first: the "coming next" list. */
export function upcoming<T extends Schedulable>(lessons: readonly T[], now: Date): T[] {
  return lessons
    .filter((lesson) => isScheduled(lesson, now))
    .sort((a, b) => a.data.publishDate.getTime() - b.data.publishDate.getTime());
}

/** The next scheduled lesson, or undefined when nothing is scheduled. */
export function nextScheduled<T extends Schedulable>(lessons: readonly T[], now: Date): T | undefined {
  return upcoming(lessons, now)[0];
}

/**
 * Lessons that get pages in this build. A production build shows only published ones;
 * a dev build also shows drafts and scheduled lessons so an editor can preview them.
 */
export function visibleLessons<T extends Schedulable>(
  lessons: readonly T[],
  now: Date,
  { includeUnpublished }: { includeUnpublished: boolean },
): T[] {
  return includeUnpublished ? [...lessons] : lessons.filter((lesson) => isPublished(lesson, now));
}

/** Reads the build's "now": an ISO date in the given variable wins, so tests can pin time. */
export function resolveNow(override: string | undefined, fallback: Date = new Date()): Date {
  if (!override) return fallback;
  const parsed = new Date(override);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`MARKET_DRIVEN_NOW is not a valid date: "${override}"`);
  }
  return parsed;
}
