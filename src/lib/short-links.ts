// Short links: /<n>/ opens episode n of the weekly series, so "episode 12" can be said aloud
// and typed. Only published episodes get one, and numbers that name a special page are skipped.
import { lessonPath } from './routes';

/** The series and lesson fields short links read. */
export interface ShortLinkLesson {
  id: string;
  data: { series: string; episode: number };
}

/** Numbers whose path Astro or hosts reserve for error pages. */
export const RESERVED_SHORT_NUMBERS: readonly number[] = [404, 500];

/** The series that short links point into: the weekly one that sorts first. */
export function shortLinkSeriesId(
  series: readonly { id: string; data: { cadence: string; order: number } }[],
): string | undefined {
  return [...series].sort((a, b) => a.data.order - b.data.order).find((s) => s.data.cadence === 'weekly')?.id;
}

/** "/12/" for episode 12. */
export const shortPath = (episode: number): string => `/${episode}/`;

/** Whether an episode number can have a short link at all. */
export const hasShortLink = (episode: number): boolean => !RESERVED_SHORT_NUMBERS.includes(episode);

/** One static redirect page per published episode of the series: { n, target }. */
export function shortLinks<T extends ShortLinkLesson>(published: readonly T[], seriesId: string | undefined) {
  return published
    .filter((lesson) => lesson.data.series === seriesId && hasShortLink(lesson.data.episode))
    .map((lesson) => ({ n: lesson.data.episode, lesson, target: lessonPath(lesson.id) }));
}

/** The short path of a lesson, or undefined when it has none (other series, reserved number). */
export function shortPathOf(lesson: ShortLinkLesson, seriesId: string | undefined): string | undefined {
  return lesson.data.series === seriesId && hasShortLink(lesson.data.episode)
    ? shortPath(lesson.data.episode)
    : undefined;
}

/** "market-driven.pages.dev/12/": the form to print and say aloud, without the scheme. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
