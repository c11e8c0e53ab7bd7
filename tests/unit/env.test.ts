import { describe, expect, test } from 'vitest';
import { ENV_DEFAULTS, readBuildEnv } from '../../src/lib/env';

describe('readBuildEnv', () => {
  test('an empty environment builds the real site from ./content into ./dist at the public address', () => {
    expect(readBuildEnv({})).toEqual({
      siteUrl: ENV_DEFAULTS.SITE_URL,
      contentDir: ENV_DEFAULTS.MARKET_DRIVEN_CONTENT,
      outDir: ENV_DEFAULTS.MARKET_DRIVEN_OUT_DIR,
      cacheDir: ENV_DEFAULTS.MARKET_DRIVEN_CACHE_DIR,
      now: undefined,
      newsletterEndpoint: undefined,
    });
  });
  test('every variable overrides its setting', () => {
    expect(
      readBuildEnv({
        SITE_URL: 'https://example.org',
        MARKET_DRIVEN_CONTENT: 'tests/fixtures/content',
        MARKET_DRIVEN_OUT_DIR: '/tmp/out',
        MARKET_DRIVEN_CACHE_DIR: '/tmp/cache',
        MARKET_DRIVEN_NOW: '2026-11-29T06:15:00Z',
        MARKET_DRIVEN_NEWSLETTER_ENDPOINT: 'https://news.example.org/subscribe',
      }),
    ).toEqual({
      siteUrl: 'https://example.org',
      contentDir: 'tests/fixtures/content',
      outDir: '/tmp/out',
      cacheDir: '/tmp/cache',
      now: '2026-11-29T06:15:00Z',
      newsletterEndpoint: 'https://news.example.org/subscribe',
    });
  });
  test('an empty value counts as unset, so an empty out dir never means the repository root', () => {
    const env = readBuildEnv({ MARKET_DRIVEN_OUT_DIR: '', SITE_URL: '', MARKET_DRIVEN_NOW: '' });
    expect(env.outDir).toBe(ENV_DEFAULTS.MARKET_DRIVEN_OUT_DIR);
    expect(env.siteUrl).toBe(ENV_DEFAULTS.SITE_URL);
    expect(env.now).toBeUndefined();
  });
});
