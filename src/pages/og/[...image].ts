import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent } from '../../data/content';
import { buildEnv } from '../../lib/env';
import { shareImageCacheDir } from '../../lib/og-cache';
import { drawAhead, renderOgImageCached } from '../../lib/og-image';
import type { OgCard } from '../../lib/og-card';
import { SITE_NAME, SITE_TAGLINE, TOOL_OG_CARDS } from '../../site';

// Alongside Astro's own build cache, so fixture and parallel builds keep separate caches.
const CACHE_DIR = shareImageCacheDir(buildEnv.cacheDir);
/** The host printed in every image's footer. */
const host = (site: URL | string | undefined) => (site ? new URL(site).host : 'localhost');

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
  const paths = [
    { params: { image: 'home.png' }, props: { card: home } },
    ...TOOL_OG_CARDS.map(({ id, card }) => ({ params: { image: `${id}.png` }, props: { card } })),
    ...lessonCards,
  ];
  // A production build asks for every route's paths before it renders any page, so the images
  // can be drawn while the HTML pages render instead of after them.
  if (import.meta.env.PROD)
    drawAhead(
      paths.map((path) => path.props.card),
      host(import.meta.env.SITE),
      CACHE_DIR,
    );
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props, site }) => {
  const png = await renderOgImageCached(props.card, host(site), CACHE_DIR);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
