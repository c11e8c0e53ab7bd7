// Route builders for the public URL contract, so no page spells a path by hand. Changing one
// here moves every link, feed and share image with it (the page files under src/pages/ must move too).

/** The archive's first page; later pages are `pagePath(LESSONS_PATH, n)`. */
export const LESSONS_PATH = '/lessons/';
/** URL path of a lesson page. */
export const lessonPath = (slug: string): string => `${LESSONS_PATH}${slug}/`;
/** URL path of a series page. */
export const seriesPath = (id: string): string => `/series/${id}/`;
/** URL path of a topic page. */
export const topicPath = (id: string): string => `/topics/${id}/`;

/** The self-assessment, and its compare and team-workshop pages. */
export const ASSESSMENT_PATH = '/assessment/';
export const ASSESSMENT_COMPARE_PATH = `${ASSESSMENT_PATH}compare/`;
/** The team workshop. */
export const ASSESSMENT_WORKSHOP_PATH = `${ASSESSMENT_PATH}workshop/`;
/** The value-proposition builder. */
export const VALUE_PROPOSITION_PATH = '/value-proposition/';

/** The search page (the header dialog links to it with the query). */
export const SEARCH_PATH = '/search/';
export const SUBSCRIBE_PATH = '/subscribe/';
export const ABOUT_PATH = '/about/';

/** The RSS feed of the newest episodes. */
export const FEED_PATH = '/rss.xml';
/** The iCalendar feed of episodes (src/pages/episodes.ics.ts). */
export const CALENDAR_PATH = '/episodes.ics';
/** URL path of a share image drawn by src/pages/og/[...image].ts, e.g. `ogImagePath('home.png')`. */
export const ogImagePath = (image: string): string => `/og/${image}`;
/** Where a production build records the "now" it published against (see schemas/build-info.ts). */
export const BUILD_INFO_PATH = '/build.json';
