// Every environment variable the site's build reads, with its default, in one place (the README's
// "Environment variables" table lists the same). A plain module rather than astro:env because
// astro.config.mjs and scripts/*.ts read these outside Astro too. Node-side only: no browser code
// imports it. It imports nothing, so Node runs it directly from scripts/.

/** The defaults, stated once: what a build uses when a variable is unset or empty. */
export const ENV_DEFAULTS = {
  SITE_URL: 'https://market-driven.pages.dev',
  MARKET_DRIVEN_CONTENT: './content',
  MARKET_DRIVEN_OUT_DIR: './dist',
  MARKET_DRIVEN_CACHE_DIR: './node_modules/.astro',
} as const;

/** The build's settings, read from the environment. */
export interface BuildEnv {
  /** SITE_URL: the public address canonical links, feeds and the sitemap are built from. */
  siteUrl: string;
  /** MARKET_DRIVEN_CONTENT: the content folder (tests and the benchmark build others). */
  contentDir: string;
  /** MARKET_DRIVEN_OUT_DIR: where a build writes. */
  outDir: string;
  /** MARKET_DRIVEN_CACHE_DIR: Astro's cache and the share-image cache beside it. */
  cacheDir: string;
  /** MARKET_DRIVEN_NOW: a pinned "now" (ISO date, checked by resolveNow); undefined means the clock. */
  now: string | undefined;
  /** MARKET_DRIVEN_NEWSLETTER_ENDPOINT: overrides NEWSLETTER.endpoint in src/site.ts; undefined keeps it. */
  newsletterEndpoint: string | undefined;
}

/** Every variable in the table, by name. */
export type EnvName = keyof typeof ENV_DEFAULTS | 'MARKET_DRIVEN_NOW' | 'MARKET_DRIVEN_NEWSLETTER_ENDPOINT';

type Environment = Partial<Record<string, string | undefined>>;

// An empty value counts as unset: `MARKET_DRIVEN_OUT_DIR=` must never mean "write into the repository root".
const read = (env: Environment, name: EnvName): string | undefined => env[name] || undefined;

/** The build's settings from `env` (the process's environment unless a test passes its own). */
export function readBuildEnv(env: Environment = process.env): BuildEnv {
  return {
    siteUrl: read(env, 'SITE_URL') ?? ENV_DEFAULTS.SITE_URL,
    contentDir: read(env, 'MARKET_DRIVEN_CONTENT') ?? ENV_DEFAULTS.MARKET_DRIVEN_CONTENT,
    outDir: read(env, 'MARKET_DRIVEN_OUT_DIR') ?? ENV_DEFAULTS.MARKET_DRIVEN_OUT_DIR,
    cacheDir: read(env, 'MARKET_DRIVEN_CACHE_DIR') ?? ENV_DEFAULTS.MARKET_DRIVEN_CACHE_DIR,
    now: read(env, 'MARKET_DRIVEN_NOW'),
    newsletterEndpoint: read(env, 'MARKET_DRIVEN_NEWSLETTER_ENDPOINT'),
  };
}

/** The settings of this process, read once. */
export const buildEnv: BuildEnv = readBuildEnv();
