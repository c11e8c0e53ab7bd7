// Serves the built site for the browser tests; `npm test` builds dist/ first.
// E2E_DIST points at another build (a fixture or parallel build) instead.
// It also builds and serves the fixture site (tests/fixtures/content, with made-up words and a
// pinned "now"), for behaviour the real content cannot promise on every date: a scheduled
// episode, a draft, a word that only one lesson has.
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, prepareFixture } from '../../support/fixture-build';
import { FIXTURE_WORDS } from './fixture-site';
import { distDir } from './site-under-test';
import { serveStatic } from './static-server';

export default async function setup(project: TestProject) {
  const dist = distDir();
  if (!existsSync(resolve(dist, 'build.json'))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` first (npm test does this for you)`);
  }
  const site = await serveStatic(dist);
  project.provide('baseUrl', site.baseUrl);

  const contentDir = prepareFixture((dir) => {
    for (const [file, word] of Object.entries(FIXTURE_WORDS)) {
      appendFileSync(resolve(dir, 'lessons', file), `\nOnly this lesson says ${word}.\n`);
    }
  });
  const fixture = buildSite(contentDir, { productionScript: true });
  if (fixture.status !== 0) throw new Error(`the fixture site did not build:\n${fixture.output}`);
  const fixtureSite = await serveStatic(fixture.outDir);
  project.provide('fixtureBaseUrl', fixtureSite.baseUrl);
  project.provide('fixtureContentDir', contentDir);
  project.provide('fixtureDist', fixture.outDir);

  return async () => {
    await Promise.all([site.server, fixtureSite.server].map((server) => new Promise((done) => server.close(done))));
    rmSync(dirname(contentDir), { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureBaseUrl: string;
    fixtureContentDir: string;
    fixtureDist: string;
  }
}
