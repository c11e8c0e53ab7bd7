// Route builders for the public URL contract, so no page spells a path by hand.

/** URL path of a lesson page. */
export const lessonPath = (slug: string): string => `/lessons/${slug}/`;
/** URL path of a series page. */
export const seriesPath = (id: string): string => `/series/${id}/`;
/** URL path of a topic page. */
export const topicPath = (id: string): string => `/topics/${id}/`;
/** Where a production build records the "now" it published against (see schemas/build-info.ts). */
export const BUILD_INFO_PATH = '/build.json';
