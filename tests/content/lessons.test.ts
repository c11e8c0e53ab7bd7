// Integrity of the real content: what the build checks, plus the editorial promises
// (format length, no placeholder text) that a reviewer would otherwise have to catch.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLessonReferences, formatProblems } from '../../src/lib/content-integrity';
import { copiedRuns, COPIED_RUN_WORDS } from '../../src/lib/copied-runs';
import { checkStartHere } from '../../src/lib/start-here';
import { documentingSource, storyLabel } from '../../src/lib/story-label';
import { formatProblem } from '../../src/lib/reading-time';
import { dimensionIds } from '../../src/data/dimensions';
import { readLessons, readSeries, readTopics } from '../support/content-files';

const lessons = readLessons();
const series = readSeries();
const topics = await readTopics();
const PLACEHOLDER = /lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/i;
/** The source articles, kept outside the repository (../shared/sources); set the variable to use another copy. */
const SOURCES_DIR = process.env['MARKET_DRIVEN_SOURCES'] ?? join('..', 'shared', 'sources');
const sourceTexts = existsSync(SOURCES_DIR)
  ? readdirSync(SOURCES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(SOURCES_DIR, name), 'utf8'))
  : [];

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

describe('what each story is', () => {
  test('every lesson tells the reader whether its example is made up or documented', () => {
    for (const lesson of lessons) {
      expect(['illustrative', 'documented'], lesson.file).toContain(lesson.data.example.kind);
      expect(storyLabel(lesson.data.example, lesson.data.sources).length, lesson.file).toBeGreaterThan(40);
    }
  });

  test("a documented example names one of the lesson's sources by its exact title", () => {
    const unsourced = lessons.filter(
      (lesson) =>
        lesson.data.example.kind === 'documented' && !documentingSource(lesson.data.example, lesson.data.sources),
    );
    expect(unsourced.map((lesson) => lesson.file)).toEqual([]);
  });

  test('a correction note comes with the date it was made', () => {
    const undated = lessons.filter((lesson) => lesson.data.correction && !lesson.data.updatedDate);
    expect(undated.map((lesson) => lesson.file)).toEqual([]);
  });
});

describe('wording from the source articles', () => {
  test.skipIf(sourceTexts.length === 0)(
    `no lesson carries an unquoted run of ${COPIED_RUN_WORDS} or more words from a source`,
    () => {
      const copied = lessons.flatMap((lesson) => {
        const { summary, bossBrief, takeaways, discussion, correction } = lesson.data;
        // The body, and the prose a reader sees around it, each field its own paragraph.
        const prose = [lesson.body, summary, bossBrief, ...takeaways, ...discussion, correction ?? ''].join('\n\n');
        return copiedRuns(prose, sourceTexts).map((run) => `${lesson.file}: "${run}"`);
      });
      expect(copied).toEqual([]);
    },
  );
});

describe('the start-here path', () => {
  const weekly = series.get('weekly');

  test('every start-here slug names a lesson, once', () => {
    const problems = checkStartHere(
      [...series].map(([id, data]) => ({ file: `content/series/${id}.yaml`, startHere: data.startHere })),
      lessons.map((lesson) => lesson.id),
    );
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  test('the weekly series has one, with the title episode among the first three', () => {
    expect(weekly?.startHere?.length ?? 0).toBeGreaterThanOrEqual(5);
    expect(weekly?.startHere?.slice(0, 3)).toContain('market-driven-not-marketing-driven');
  });

  test('starts with a lesson published by the day the path went live, so a newcomer always has somewhere to begin', () => {
    // Publishing only adds lessons as time passes, so this day covers every later build.
    const pathLiveSince = new Date('2026-12-02T00:00:00Z');
    const first = lessons.find((lesson) => lesson.id === weekly?.startHere?.[0]);
    expect(first?.data.draft).toBe(false);
    expect(first && first.data.publishDate.getTime() <= pathLiveSince.getTime()).toBe(true);
  });
});

