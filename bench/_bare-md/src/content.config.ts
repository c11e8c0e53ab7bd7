import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const lessons = defineCollection({
  loader: glob({ pattern: '*.md', base: `${process.env.BENCH_CONTENT ?? '../../content'}/lessons` }),
  schema: z.object({ title: z.string() }).passthrough(),
});

export const collections = { lessons };
