// The one place pages read content: loads the collections, runs the cross-file checks,
// applies the publishing rules, and fails the build with file, field and reason.
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkLessonReferences, formatProblems } from '../lib/content-integrity';
import { formatProblemForWords, minutesForWords } from '../lib/reading-time';
import {
  isPublished,
  newestFirst,
  publishedNewestFirst,
  resolveNow,
  upcoming,
  visibleLessons,
} from '../lib/publishing';
import { checkEditions, earlierEditionsNewestFirst } from '../lib/assessment/editions';
import { checkAssessmentReferences } from '../lib/assessment/references';
import { checkStartHere } from '../lib/start-here';
import type { AssessmentEdition } from '../schemas/assessment';
import { lessonPath } from '../lib/routes';
import { buildEnv } from '../lib/env';
import { assembleValuePropContent, checkValuePropContent, type ValuePropEntry } from '../lib/value-prop/content-check';
import { toPageContent, type BuilderPageContent } from '../lib/value-prop/page-content';
import { ASSESSMENT_ID, lessonDimensionIds } from './dimensions';

export type LessonEntry = CollectionEntry<'lessons'>;
export type SeriesEntry = CollectionEntry<'series'>;
export type TopicEntry = CollectionEntry<'topics'>;
export type AssessmentEntry = CollectionEntry<'assessment'>;

/** A lesson with what the build computes from its body. */
export type Lesson = LessonEntry & { readingMinutes: number; isPublic: boolean };

export interface SiteContent {
  /** When this build considers "now". */
  now: Date;
  /** Lessons that get pages in this build, newest first (dev builds include drafts and scheduled). */
  lessons: Lesson[];
  /** Published lessons only, newest first: feeds, sitemap and search use these. */
  published: Lesson[];
  /** Scheduled (not draft) lessons, soonest first: "coming next" shows only title and date. */
  scheduled: Lesson[];
  series: SeriesEntry[];
  topics: TopicEntry[];
  /** The self-assessment definition, or undefined when the content folder has none. */
  assessment: AssessmentEntry | undefined;
  /** Earlier editions of the assessment, newest first, kept for reading old links and saved answers. */
  earlierAssessments: AssessmentEdition[];
}

let cached: Promise<SiteContent> | undefined;

/** Loads and checks all content once per build. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= loadSiteContent();
  return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
  const now = resolveNow(buildEnv.now);
  const [lessonEntries, series, topics, assessments, earlierEntries] = await Promise.all([
    getCollection('lessons'),
    getCollection('series'),
    getCollection('topics'),
    getCollection('assessment'),
    getCollection('assessmentEarlier'),
  ]);
  const assessment = assessments.find((entry) => entry.id === ASSESSMENT_ID);

  const problems = checkLessonReferences(
    lessonEntries.map((entry) => ({ id: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
    {
      series: series.map((s) => s.id),
      topics: topics.map((t) => t.id),
      dimensions: lessonDimensionIds(assessment?.data),
    },
  );
  problems.push(
    ...checkStartHere(
      series.map((entry) => ({ file: entry.filePath ?? `series/${entry.id}.yaml`, startHere: entry.data.startHere })),
      lessonEntries.map((entry) => entry.id),
    ),
  );
  if (assessment) {
    const file = assessment.filePath ?? `assessment/${assessment.id}.yaml`;
    const lessonIds = lessonEntries.map((entry) => entry.id);
    problems.push(...checkAssessmentReferences(assessment.data, file, lessonIds));
    problems.push(
      ...checkEditions(
        { file, edition: assessment.data },
        earlierEntries.map((entry) => ({
          file: entry.filePath ?? `assessment/earlier/${entry.id}.yaml`,
          edition: entry.data,
        })),
      ),
    );
  }
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  }

  const lessons: Lesson[] = lessonEntries.map((entry) => ({
    ...entry,
    readingMinutes: minutesForWords(wordCount(entry)),
    isPublic: isPublished(entry, now),
  }));
  reportFormatProblems(lessons);

  return {
    now,
    lessons: newestFirst(visibleLessons(lessons, now, { includeUnpublished: import.meta.env.DEV })),
    published: publishedNewestFirst(lessons, now),
    scheduled: upcoming(lessons, now),
    series: [...series].sort((a, b) => a.data.order - b.data.order),
    topics,
    assessment,
    earlierAssessments: earlierEditionsNewestFirst(earlierEntries.map((entry) => entry.data)),
  };
}

/** The body's word count, which the lessons loader (src/loaders/rendered-mdx.ts) keeps with its HTML. */
function wordCount(entry: LessonEntry): number {
  const words = entry.rendered?.metadata?.['words'];
  return typeof words === 'number' ? words : 0;
}

let reported = false;
function reportFormatProblems(lessons: readonly Lesson[]): void {
  if (reported) return;
  reported = true;
  for (const lesson of lessons) {
    const problem = formatProblemForWords(wordCount(lesson));
    if (problem) console.warn(`[market-driven] ${lesson.filePath}: body: outside the 2–5 minute format: ${problem}`);
  }
}

/** The builder's content, checked across files, with each lesson linked once it has a page in this build. */
export async function getValuePropPageContent(): Promise<BuilderPageContent> {
  const [entries, lessonEntries, site] = await Promise.all([
    getCollection('valueProp'),
    getCollection('lessons'),
    getSiteContent(),
  ]);
  const files: (ValuePropEntry & { id: string })[] = entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `value-prop/${entry.id}.yaml`,
    data: entry.data,
  }));
  const problems = checkValuePropContent(
    files,
    lessonEntries.map((lesson) => lesson.id),
  );
  if (problems.length > 0)
    throw new Error(`Value-proposition content has ${problems.length} problem(s):\n${formatProblems(problems)}`);

  // Lessons link only when they have a page in this build; a scheduled one shows its title alone.
  const built = new Set(site.lessons.map((lesson) => lesson.id));
  const titles = new Map(lessonEntries.map((lesson) => [lesson.id, lesson.data.title]));
  return toPageContent(
    assembleValuePropContent(files, (entry) => files.find((file) => file.file === entry.file)?.id ?? entry.file),
    (slug) => ({ title: titles.get(slug) ?? slug, href: built.has(slug) ? lessonPath(slug) : undefined }),
  );
}
