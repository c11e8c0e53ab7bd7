// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// The public address; canonical links, feeds and the sitemap are built from it.
const site = process.env.SITE_URL ?? 'https://market-driven.pages.dev';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Fixture builds (tests, benchmark) write elsewhere so they never clobber dist/.
  outDir: process.env.MARKET_DRIVEN_OUT_DIR ?? './dist',
  cacheDir: process.env.MARKET_DRIVEN_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), react(), sitemap()],
  build: { format: 'directory' },
});
