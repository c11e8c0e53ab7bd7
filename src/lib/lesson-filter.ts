// The lessons list filter: which cards match, and the filter's place in the URL query.

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
