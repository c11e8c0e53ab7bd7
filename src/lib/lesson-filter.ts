// The lessons list filter: which cards match, the filter's place in the URL query, and the
// small per-topic and per-series JSON files it reads, so it reaches every lesson while the
// archive itself is paginated. Pure.

import { LESSONS_PATH } from './routes';

/** Chosen topic and series ids; an empty string means "all". */
export interface LessonFilterValue {
  topic: string;
  series: string;
}

/** The fields of a lesson card the filter reads. */
export interface FilterableLesson {
  series: string;
  topics: readonly string[];
}

/** True when the lesson fits every chosen part of the filter. */
export function matchesFilter(lesson: FilterableLesson, filter: LessonFilterValue): boolean {
  return (!filter.topic || lesson.topics.includes(filter.topic)) && (!filter.series || lesson.series === filter.series);
}

/** Reads ?topic=&series= from a query string; unknown ids are ignored rather than trusted. */
export function parseFilter(
  search: string,
  allowed: { topics: readonly string[]; series: readonly string[] },
): LessonFilterValue {
  const params = new URLSearchParams(search);
  const topic = params.get('topic') ?? '';
  const series = params.get('series') ?? '';
  return {
    topic: allowed.topics.includes(topic) ? topic : '',
    series: allowed.series.includes(series) ? series : '',
  };
}

/** "?topic=listening&series=weekly", or "" when nothing is chosen. */
export function filterQuery(filter: LessonFilterValue): string {
  const params = new URLSearchParams();
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.series) params.set('series', filter.series);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A filter the archive offers: a topic or a series. */
export type FilterKind = 'topic' | 'series';

/** Path of the JSON listing every lesson of one topic or series (slugs hold no dot, so no clash). */
export const filterDataPath = (kind: FilterKind, id: string): string => `${LESSONS_PATH}${kind}.${id}.json`;

/** What a lesson card shows, for the cards the filter draws in the browser. */
export interface LessonCardView extends FilterableLesson {
  slug: string;
  kicker: string;
  title: string;
  summary: string;
  /** ISO day, for <time datetime> and the "New" mark. */
  date: string;
  dateText: string;
  meta: string;
}

/** "Market Driven Weekly · Episode 12" */
export const cardKicker = (seriesTitle: string, episode: number): string => `${seriesTitle} · Episode ${episode}`;

/** "· 4 min read · Listening, Strategy" after the date. */
export function cardMeta(minutes: number, topicTitles: readonly string[]): string {
  return [`· ${minutes} min read`, ...(topicTitles.length ? [topicTitles.join(', ')] : [])].join(' · ');
}

/**
 * Which file to read for a filter: the smaller of the chosen topic's and series' listings (the
 * other part is checked on each row), or undefined when nothing is chosen.
 */
export function filterSource(
  filter: LessonFilterValue,
  counts: { topic: Readonly<Record<string, number>>; series: Readonly<Record<string, number>> },
): { kind: FilterKind; id: string } | undefined {
  const topic = filter.topic
    ? { kind: 'topic' as const, id: filter.topic, size: counts.topic[filter.topic] ?? 0 }
    : undefined;
  const series = filter.series
    ? { kind: 'series' as const, id: filter.series, size: counts.series[filter.series] ?? 0 }
    : undefined;
  const chosen = topic && series ? (topic.size <= series.size ? topic : series) : (topic ?? series);
  return chosen && { kind: chosen.kind, id: chosen.id };
}
