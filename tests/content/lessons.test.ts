// Integrity of the real content: what the build checks, plus the editorial promises
// (format length, no placeholder text) that a reviewer would otherwise have to catch.
import { describe, expect, test } from 'vitest';
import { checkLessonReferences, formatProblems } from '../../src/lib/content-integrity';
import { formatProblem } from '../../src/lib/reading-time';
import { dimensionIds } from '../../src/data/dimensions';
import { readLessons, readSeries, readTopics } from '../support/content-files';

const lessons = readLessons();
const series = readSeries();
const topics = readTopics();
const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/i;

describe('the real content', () => {
  test('every lesson validates against the lesson schema', () => expect(lessons.length).toBeGreaterThanOrEqual(4));

  test('every reference resolves and episode numbers are unique within a series', () => {
    const problems = checkLessonReferences(lessons, {
      series: [...series.keys()],
      topics: topics.map((topic) => topic.id),
      dimensions: dimensionIds,
    });
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  test('episode numbers are consecutive from 1 within each series', () => {
    for (const id of series.keys()) {
      const episodes = lessons
        .filter((lesson) => lesson.data.series === id)
        .map((lesson) => lesson.data.episode)
        .sort((a, b) => a - b);
      expect(episodes, `series ${id}`).toEqual(episodes.map((_, index) => index + 1));
    }
  });

  test('every episode reads in two to five minutes', () => {
    const outside = lessons.flatMap((lesson) => {
      const problem = formatProblem(lesson.body);
      return problem ? [`${lesson.file}: ${problem}`] : [];
    });
    expect(outside).toEqual([]);
  });

  test('no lesson contains placeholder text', () => {
    const offenders = lessons.filter((lesson) => PLACEHOLDER.test(lesson.body) || PLACEHOLDER.test(JSON.stringify(lesson.data)));
    expect(offenders.map((lesson) => lesson.file)).toEqual([]);
  });

  test('every series and topic has a description', () => {
    for (const [id, data] of series) expect(data.description.length, id).toBeGreaterThan(20);
    for (const topic of topics) expect(topic.description.length, topic.id).toBeGreaterThan(20);
  });
});
