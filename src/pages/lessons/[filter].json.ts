import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type Lesson, type SeriesEntry, type TopicEntry } from '../../data/content';
import { formatDate, isoDate } from '../../lib/dates';
import { cardKicker, cardMeta, filterDataPath, type LessonCardView } from '../../lib/lesson-filter';
import { LESSONS_PATH } from '../../lib/routes';

/** One card as the archive's filter draws it. */
function cardView(lesson: Lesson, series: readonly SeriesEntry[], topics: readonly TopicEntry[]): LessonCardView {
  const seriesTitle = series.find((s) => s.id === lesson.data.series)?.data.title ?? lesson.data.series;
  const topicTitles = topics.filter((topic) => lesson.data.topics.includes(topic.id)).map((topic) => topic.data.title);
  return {
    slug: lesson.id,
    series: lesson.data.series,
    topics: lesson.data.topics,
    kicker: cardKicker(seriesTitle, lesson.data.episode),
    title: lesson.data.title,
    summary: lesson.data.summary,
    date: isoDate(lesson.data.publishDate),
    dateText: formatDate(lesson.data.publishDate),
    meta: cardMeta(lesson.readingMinutes, topicTitles),
  };
}

/**
 * /lessons/topic.<id>.json and /lessons/series.<id>.json: every lesson of one topic or series,
 * newest first, as the archive lists them. The archive's filter reads one of these on use.
 */
export const getStaticPaths = (async () => {
  const { lessons, series, topics } = await getSiteContent();
  const views = new Map(lessons.map((lesson) => [lesson.id, cardView(lesson, series, topics)]));
  const listing = (keep: (lesson: Lesson) => boolean) => lessons.filter(keep).map((lesson) => views.get(lesson.id)!);
  const file = (path: string) => path.slice(LESSONS_PATH.length, -'.json'.length);
  return [
    ...topics.map((topic) => ({
      params: { filter: file(filterDataPath('topic', topic.id)) },
      props: { lessons: listing((lesson) => lesson.data.topics.includes(topic.id)) },
    })),
    ...series.map((entry) => ({
      params: { filter: file(filterDataPath('series', entry.id)) },
      props: { lessons: listing((lesson) => lesson.data.series === entry.id) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lessons: LessonCardView[] }> = ({ props }) =>
  new Response(JSON.stringify(props.lessons), { headers: { 'Content-Type': 'application/json' } });
