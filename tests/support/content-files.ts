// Reads content/ the way the build does, but without Astro, so tests can check the real
// content against the same schemas and publishing rules.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lessonSchema, type LessonData } from '../../src/schemas/lesson';
import { seriesSchema, type SeriesData } from '../../src/schemas/series';
import { topicSchema, type TopicData } from '../../src/schemas/topic';

export interface LessonFile {
  id: string;
  file: string;
  body: string;
  data: LessonData;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('no frontmatter block');
  return { frontmatter: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
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

/** The topic list of a content directory. */
export function readTopics(contentDir = 'content'): TopicData[] {
  return topicSchema.array().parse(parseYaml(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')));
}
