// The deploy workflow is what makes a scheduled episode go live: these read its schedule and
// steps the way GitHub Actions does, so a change to either cannot silently delay an episode or
// deploy an untested build.
import { readFileSync } from 'node:fs';
import { CronExpressionParser } from 'cron-parser';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { readLessons } from '../support/content-files';

const WORKFLOW = '.github/workflows/deploy.yml';
const DAY_MS = 86_400_000;

interface Workflow {
  on: { schedule?: { cron: string }[] };
  jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as Workflow;
const crons = (workflow.on.schedule ?? []).map((entry) => entry.cron);

/** The first scheduled run at or after `date`; GitHub Actions reads cron in UTC. */
function firstRunFrom(date: Date): Date {
  const runs = crons.map((cron) =>
    CronExpressionParser.parse(cron, { currentDate: new Date(date.getTime() - 1), tz: 'UTC' }).next().toDate(),
  );
  return new Date(Math.min(...runs.map((run) => run.getTime())));
}

describe(WORKFLOW, () => {
  test('has a schedule', () => expect(crons.length).toBeGreaterThan(0));

  test('every episode, on whatever weekday its series publishes, goes live within 24 hours of its date', () => {
    const late = readLessons()
      .filter((lesson) => !lesson.data.draft)
      .map((lesson) => ({ lesson, wait: firstRunFrom(lesson.data.publishDate).getTime() - lesson.data.publishDate.getTime() }))
      .filter(({ wait }) => wait > DAY_MS)
      .map(({ lesson, wait }) => `${lesson.file}: live ${Math.round(wait / 3_600_000)} h after its date`);
    expect(late).toEqual([]);
  });

  test('a date on any weekday goes live within 24 hours, so a new series may publish on any day', () => {
    // 2027-01-03 is a Sunday; the seven days after it cover every weekday.
    const waits = [0, 1, 2, 3, 4, 5, 6].map((offset) => {
      const date = new Date(Date.UTC(2027, 0, 3 + offset));
      return firstRunFrom(date).getTime() - date.getTime();
    });
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(DAY_MS);
  });

  test('runs the checks, the unit and content tests before it builds, and the browser tests before it uploads', () => {
    const steps = workflow.jobs['build']!.steps.map((step) => step.run ?? step.uses ?? '');
    const at = (pattern: RegExp) => {
      const index = steps.findIndex((step) => pattern.test(step));
      expect(index, `a step matching ${pattern}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const build = at(/^npm run build$/);
    expect(at(/^npm run check$/)).toBeLessThan(build);
    expect(at(/^npm run lint$/)).toBeLessThan(build);
    expect(at(/vitest run --project unit --project content/)).toBeLessThan(build);
    const browser = at(/vitest run --project e2e/);
    expect(browser).toBeGreaterThan(build);
    expect(browser).toBeLessThan(at(/upload-pages-artifact/));
  });
});
