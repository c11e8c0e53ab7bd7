import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { render } from 'astro:content';
import { getSiteContent } from '../data/content';
import { lessonFeedItem } from '../lib/feed';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

/** The RSS feed: every published episode, newest first, with its full text. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await getSiteContent();
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const items = await Promise.all(
    published.map(async (lesson) => {
      const { Content } = await render(lesson);
      return lessonFeedItem(lesson, await container.renderToString(Content));
    }),
  );
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site ?? 'http://localhost:4321',
    items,
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
