import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../data/content';
import { join } from 'node:path';
import { renderOgImageCached } from '../../lib/og-image';
import type { OgCard } from '../../lib/og-card';
import { SITE_NAME, SITE_TAGLINE, TOOL_OG_CARDS } from '../../site';

/** One share image per published lesson, per tool and for the home page: /og/<image>.png */
export const getStaticPaths = (async () => {
  const { published, series } = await getSiteContent();
  const lessonCards = published.map((lesson) => {
    const seriesTitle = series.find((s) => s.id === lesson.data.series)?.data.title ?? SITE_NAME;
    const card: OgCard = { eyebrow: `${seriesTitle} · Episode ${lesson.data.episode}`, title: lesson.data.title };
    return { params: { image: `lessons/${lesson.id}.png` }, props: { card } };
  });
  const home: OgCard = {
    eyebrow: 'A weekly lesson series',
    title: 'Listen first. Build what people want. Then tell them.',
    subtitle: SITE_TAGLINE,
  };
  return [
    { params: { image: 'home.png' }, props: { card: home } },
    ...TOOL_OG_CARDS.map(({ id, card }) => ({ params: { image: `${id}.png` }, props: { card } })),
    ...lessonCards,
  ];
}) satisfies GetStaticPaths;

// Alongside Astro's own build cache, so fixture and parallel builds keep separate caches.
const CACHE_DIR = join(process.env['MARKET_DRIVEN_CACHE_DIR'] ?? 'node_modules/.astro', 'og-images');

export const GET: APIRoute<{ card: OgCard }> = async ({ props, site }) => {
  const png = await renderOgImageCached(props.card, site?.host ?? 'localhost', CACHE_DIR);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
