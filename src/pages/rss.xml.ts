import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../data/content';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { feedLessons, lessonFeedItem, videoEnclosure } from '../lib/feed';
import { FEED_PATH } from '../lib/routes';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

/** Size of a video file in public/, for the enclosure; undefined for remote or missing files. */
function publicFileSize(src: string): number | undefined {
  if (!src.startsWith('/')) return undefined;
  try {
    return statSync(join(process.cwd(), 'public', decodeURIComponent(src))).size;
  } catch {
    return undefined;
  }
}

/** The RSS feed: the newest published episodes, with their full text and any video file. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const { published } = await getSiteContent();
  // Lessons are rendered when content syncs (src/loaders/rendered-mdx.ts); the feed reuses that HTML.
  const items = feedLessons(published).map((lesson) =>
    lessonFeedItem(lesson, lesson.rendered?.html ?? '', videoEnclosure(lesson.data.video, base, publicFileSize)),
  );
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: base,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The self link lets readers and validators confirm where the feed lives.
    customData: `<language>en</language><atom:link href="${new URL(FEED_PATH, base).href}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
};
