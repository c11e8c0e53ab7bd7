// The baseline: a bare Astro 7 + MDX site that renders the same lesson files with a trivial
// layout. The benchmark compares our full build against it, per page.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './.cache',
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
});
