// The site the browser tests run against, and what its build published. Expectations come from
// the "now" the build recorded in /build.json, never from the test's own clock, so they agree
// with the build whatever the date and however long ago it ran.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPublished, isScheduled } from '../../../src/lib/publishing';
import { buildInfoSchema } from '../../../src/schemas/build-info';
import { readLessons, type LessonFile } from '../../support/content-files';

/** The built site under test: dist/, or the folder E2E_DIST names. */
export const distDir = (): string => resolve(process.env['E2E_DIST'] ?? 'dist');

/** The "now" the build under test published against. */
export function buildNow(dist = distDir()): Date {
  const info = buildInfoSchema.parse(JSON.parse(readFileSync(join(dist, 'build.json'), 'utf8')));
  return new Date(info.now);
}

export interface BuiltLessons {
  now: Date;
  all: LessonFile[];
  published: LessonFile[];
  scheduled: LessonFile[];
  /** Drafts and scheduled lessons: neither has a page. */
  unpublished: LessonFile[];
}

/** The lessons of a content folder, split the way the build under test split them. */
export function builtLessons(contentDir = 'content', dist = distDir()): BuiltLessons {
  const now = buildNow(dist);
  const all = readLessons(contentDir);
  return {
    now,
    all,
    published: all.filter((lesson) => isPublished(lesson, now)),
    scheduled: all.filter((lesson) => isScheduled(lesson, now)),
    unpublished: all.filter((lesson) => !isPublished(lesson, now)),
  };
}
