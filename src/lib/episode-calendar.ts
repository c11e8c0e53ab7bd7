// Which episodes go into /episodes.ics and what each event says. Scheduled episodes reveal only
// their title and date, the same as "coming next" on the home page.
import type { CalendarEvent } from './ics';
import { LESSONS_PATH, lessonPath } from './routes';

/** The lesson fields a calendar event needs. */
export interface CalendarLesson {
  id: string;
  data: { title: string; episode: number; series: string; publishDate: Date; summary: string; bossBrief: string };
}

/** `<slug>@<host>`: stable as long as the slug is, so calendars update rather than duplicate. */
export function episodeUid(slug: string, site: URL): string {
  return `${slug}@${site.hostname}`;
}

/**
 * How far back the calendar reaches. Calendar apps keep past events they have synced; an
 * archive of thousands of weeks would only make every refresh download all of them.
 */
export const CALENDAR_PAST_DAYS = 366;

/**
 * One event per scheduled episode of the series and per episode published in the last
 * CALENDAR_PAST_DAYS before `now` (every episode when `now` is not given), in episode order.
 */
export function episodeEvents(
  published: readonly CalendarLesson[],
  scheduled: readonly CalendarLesson[],
  options: { seriesId: string; seriesTitle: string; site: URL; now?: Date },
): CalendarEvent[] {
  const { seriesId, seriesTitle, site, now } = options;
  const since = now ? now.getTime() - CALENDAR_PAST_DAYS * 86_400_000 : -Infinity;
  const inSeries = (lesson: CalendarLesson) => lesson.data.series === seriesId;
  const recent = (lesson: CalendarLesson) => lesson.data.publishDate.getTime() >= since;
  const events = [
    ...published
      .filter((lesson) => inSeries(lesson) && recent(lesson))
      .map((lesson) => {
        const url = new URL(lessonPath(lesson.id), site).href;
        return {
          episode: lesson.data.episode,
          event: {
            uid: episodeUid(lesson.id, site),
            day: lesson.data.publishDate,
            summary: `${seriesTitle} ${lesson.data.episode}: ${lesson.data.title}`,
            description: `${lesson.data.summary}\n\nThe boss brief: ${lesson.data.bossBrief}\n\nRead it: ${url}`,
            url,
            sequence: 1,
          },
        };
      }),
    ...scheduled.filter(inSeries).map((lesson) => ({
      episode: lesson.data.episode,
      event: {
        uid: episodeUid(lesson.id, site),
        day: lesson.data.publishDate,
        summary: `${seriesTitle} ${lesson.data.episode}: ${lesson.data.title}`,
        description: `Episode ${lesson.data.episode} comes out today. Find it with every other episode at ${new URL(LESSONS_PATH, site).href}`,
        url: new URL(LESSONS_PATH, site).href,
        sequence: 0,
      },
    })),
  ];
  return events.sort((a, b) => a.episode - b.episode).map(({ event }) => event);
}
