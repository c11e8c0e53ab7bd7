// Reads content/ the way the build does, but without running Astro, so tests can check the real
// content against the same schemas and publishing rules: lesson frontmatter goes through the parser
// @astrojs/mdx's content entry type calls (same options), the topic list through Astro's own
// file() loader, and every entry through the collection's schema.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { file } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  assessmentEditionSchema,
  assessmentSchema,
  type AssessmentDefinition,
  type AssessmentEdition,
} from '../../src/schemas/assessment';
import { lessonSchema, type LessonData } from '../../src/schemas/lesson';
import { seriesSchema, type SeriesData } from '../../src/schemas/series';
import { topicSchema, type TopicData } from '../../src/schemas/topic';

export interface LessonFile {
  id: string;
  file: string;
  body: string;
  data: LessonData;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body, as @astrojs/mdx does. */
function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return { frontmatter, body: content.trim() };
}

/** Every lesson in a content directory, validated by the lesson schema (throws on invalid). */
export function readLessons(contentDir = 'content'): LessonFile[] {
  const dir = join(contentDir, 'lessons');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(dir, name));
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const parsed = lessonSchema.safeParse(frontmatter);
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      return { id: basename(name, '.mdx'), file, body, data: parsed.data };
    });
}

/** Every series in a content directory, keyed by id. */
export function readSeries(contentDir = 'content'): Map<string, SeriesData> {
  const dir = join(contentDir, 'series');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [basename(name, '.yaml'), seriesSchema.parse(parseYaml(readFileSync(join(dir, name), 'utf8')))]),
  );
}

/** The topic list of a content directory, loaded by Astro's file() loader as src/content.config.ts does. */
export async function readTopics(contentDir = 'content'): Promise<TopicData[]> {
  const topics: TopicData[] = [];
  const fail = (message: string) => {
    throw new Error(`${contentDir}/topics.yaml: ${message}`);
  };
  const context = {
    collection: 'topics',
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    logger: { debug: () => {}, info: () => {}, warn: fail, error: fail },
    parseData: async ({ data }: { data: unknown }) => topicSchema.parse(data),
    store: { clear: () => topics.splice(0), set: ({ data }: { data: TopicData }) => topics.push(data) },
  };
  // The loader's context is Astro's to build; these are the parts file() uses.
  await file(`${contentDir}/topics.yaml`).load(context as unknown as Parameters<ReturnType<typeof file>['load']>[0]);
  return topics;
}

/** The current assessment edition (content/assessment/market-driven.yaml), through its schema. */
export function readAssessment(contentDir = 'content'): AssessmentDefinition {
  return assessmentSchema.parse(parseYaml(readFileSync(join(contentDir, 'assessment', 'market-driven.yaml'), 'utf8')));
}

/** Edition 1, kept in content/assessment/earlier/ for reading old links, through its schema. */
export function readFirstAssessmentEdition(contentDir = 'content'): AssessmentEdition {
  const path = join(contentDir, 'assessment', 'earlier', 'market-driven-v1.yaml');
  return assessmentEditionSchema.parse(parseYaml(readFileSync(path, 'utf8')));
}
