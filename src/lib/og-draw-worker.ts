// A worker thread that draws share images into the cache (og-image.ts starts it for a build),
// so their layout and painting run beside Astro's page rendering instead of between its pages.
// Started by path from the project root, so it imports with explicit `.ts` extensions.
import { parentPort } from 'node:worker_threads';
import { ensureCached } from './og-image.ts';
import type { OgCard } from './og-card.ts';

/** One image to draw, and the answer: the bytes only when the cache could not hold them. */
export interface DrawJob {
  id: number;
  card: OgCard;
  host: string;
  file: string;
}

parentPort?.on('message', (job: DrawJob) => {
  ensureCached(job.card, job.host, job.file).then(
    (png) => parentPort?.postMessage({ id: job.id, png }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) }),
  );
});
