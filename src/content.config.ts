import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { buildEnv } from './lib/env';
import { renderedMdx } from './loaders/rendered-mdx';
import { assessmentEditionSchema, assessmentSchema } from './schemas/assessment';
import { lessonSchema } from './schemas/lesson';
import { seriesSchema } from './schemas/series';
import { topicSchema } from './schemas/topic';
import { valuePropFileSchema } from './schemas/value-prop';

// Tests and the benchmark build fixture content by pointing this variable at another folder.
const { contentDir } = buildEnv;

// Lessons render to HTML as content syncs (see the loader): fast and lean at thousands of episodes.
const lessons = defineCollection({
  loader: renderedMdx({ pattern: '*.mdx', base: `${contentDir}/lessons` }),
  schema: lessonSchema,
});

const series = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/series` }),
  schema: seriesSchema,
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

// One entry per file (id = file name); the self-assessment definition is market-driven.yaml.
const assessment = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/assessment` }),
  schema: assessmentSchema,
});

// Earlier editions of the assessment, kept unchanged so result links and saved answers made with
// them still open (content/assessment/earlier/<id>-v<version>.yaml). None is ever asked again.
const assessmentEarlier = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/assessment/earlier` }),
  schema: assessmentEditionSchema,
});

// The value-proposition builder: builder.yaml, language-check.yaml and one example-*.yaml per worked example.
const valueProp = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/value-prop` }),
  schema: valuePropFileSchema,
});

export const collections = { lessons, series, topics, assessment, assessmentEarlier, valueProp };
