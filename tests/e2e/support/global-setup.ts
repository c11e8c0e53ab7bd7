// Serves the built site for the browser tests; `npm test` builds dist/ first.
// E2E_DIST points at another build (a fixture or parallel build) instead.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

export default async function setup(project: TestProject) {
  const dist = resolve(process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist} has no built site: run \`npm run build\` first (npm test does this for you)`);
  }
  const { server, baseUrl } = await serveStatic(dist);
  project.provide('baseUrl', baseUrl);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
