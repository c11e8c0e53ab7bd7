// Where an episode sits in its series: "4 of 12", previous and next. Pure.

/** The fields needed to place a lesson in its series. */
export interface SeriesMember {
  id: string;
  data: { series: string; episode: number };
}

/** A lesson's place among the lessons of its series that are visible in this build. */
export interface SeriesPosition<T> {
  /** 1-based position among visible episodes. */
  position: number;
  /** Number of visible episodes in the series. */
  total: number;
  previous?: T | undefined;
  next?: T | undefined;
}

/** Episodes of one series in episode order. */
export function episodesOf<T extends SeriesMember>(lessons: readonly T[], seriesId: string): T[] {
  return lessons.filter((lesson) => lesson.data.series === seriesId).sort((a, b) => a.data.episode - b.data.episode);
}

/** Position, total, previous and next for a lesson, among the given (already visible) lessons. */
export function seriesPosition<T extends SeriesMember>(lessons: readonly T[], lesson: T): SeriesPosition<T> {
  const episodes = episodesOf(lessons, lesson.data.series);
  const index = episodes.findIndex((candidate) => candidate.id === lesson.id);
  if (index === -1) throw new Error(`lesson "${lesson.id}" is not among the visible lessons of its series`);
  return {
    position: index + 1,
    total: episodes.length,
    previous: episodes[index - 1],
    next: episodes[index + 1],
  };
}

/** Positions of every lesson at once, keyed by id: one sort per series, so a 5,000-episode build stays linear. */
export function seriesPositions<T extends SeriesMember>(lessons: readonly T[]): Map<string, SeriesPosition<T>> {
  const bySeries = new Map<string, T[]>();
  for (const lesson of lessons) {
    const list = bySeries.get(lesson.data.series) ?? [];
    list.push(lesson);
    bySeries.set(lesson.data.series, list);
  }
  const positions = new Map<string, SeriesPosition<T>>();
  for (const episodes of bySeries.values()) {
    episodes.sort((a, b) => a.data.episode - b.data.episode);
    episodes.forEach((lesson, index) => {
      positions.set(lesson.id, {
        position: index + 1,
        total: episodes.length,
        previous: episodes[index - 1],
        next: episodes[index + 1],
      });
    });
  }
  return positions;
}
