// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import yaml from '@rollup/plugin-yaml';
import { buildEnv } from './src/lib/env.ts';

export default defineConfig({
  // The public address; canonical links, feeds and the sitemap are built from it.
  site: buildEnv.siteUrl,
  output: 'static',
  trailingSlash: 'always',
  // Fixture builds (tests, benchmark) write elsewhere so they never clobber dist/.
  outDir: buildEnv.outDir,
  cacheDir: buildEnv.cacheDir,
  integrations: [
    mdx(),
    // The tools' islands are written against React's API; preact/compat runs them on Preact,
    // whose runtime is a seventh of React 19's on the tool pages (README, "Stack").
    preact({ compat: true }),
    // Short links (/12/) are redirects to the canonical lesson URL, so they stay out of the sitemap.
    sitemap({ filter: (page) => !/^\/\d+\/$/.test(new URL(page).pathname) }),
  ],
  // Pages render a few at a time so share images rasterise on the thread pool in parallel.
  build: { format: 'directory', concurrency: 4 },
  // Code loaded on use (search, share buttons, the read mark) is fetched when it is needed;
  // Vite's preload helper would add its own bytes to every page to fetch it earlier.
  // YAML imports: the reader-facing sentences of content/messages/ (story-label.ts, fragment-codec.ts, workshop/messages.ts).
  vite: { plugins: [yaml()], environments: { client: { build: { modulePreload: false } } } },
  // Lessons carry no code samples, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict Content-Security-Policy as a <meta> tag on every page: Astro hashes the inline
    // scripts and styles it renders; 'self' covers our bundled files and Pagefind's, and
    // 'wasm-unsafe-eval' lets Pagefind run its WebAssembly search.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
        "media-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
