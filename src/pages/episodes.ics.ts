import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/content';
import { episodeEvents } from '../lib/episode-calendar';
import { buildCalendar } from '../lib/ics';
import { SUBSCRIBE_PATH } from '../lib/routes';
import { SITE_NAME } from '../site';

/** /episodes.ics: the weekly series' scheduled and past year's episodes, one all-day event each. */
export const GET: APIRoute = async ({ site }) => {
  const { published, scheduled, series, now } = await getSiteContent();
  const base = site ?? new URL('http://localhost:4321');
  const weekly = series.filter((s) => s.data.cadence === 'weekly');
  const events = weekly.flatMap((s) =>
    episodeEvents(published, scheduled, { seriesId: s.id, seriesTitle: s.data.title, site: base, now }),
  );
  const body = buildCalendar({
    name: SITE_NAME,
    description: `A new ${SITE_NAME} lesson every Sunday: ${new URL(SUBSCRIBE_PATH, base).href}`,
    generatedAt: now,
    events,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
