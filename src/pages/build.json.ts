import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/content';
import { isoDate } from '../lib/dates';
import type { BuildInfo } from '../schemas/build-info';

/** The "now" this build used and what it held back: read by the build report and the tests. */
export const GET: APIRoute = async () => {
  const { now, scheduled } = await getSiteContent();
  const info: BuildInfo = {
    now: now.toISOString(),
    scheduled: scheduled.map((lesson) => isoDate(lesson.data.publishDate)),
  };
  return new Response(JSON.stringify(info), { headers: { 'Content-Type': 'application/json' } });
};
