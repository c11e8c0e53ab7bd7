// Turning lessons into RSS items: pure, so tests check exactly what subscribers receive.
import type { LessonVideo } from '../schemas/lesson';
import { lessonPath } from './routes';

/** The lesson fields an RSS item needs. */
export interface FeedLesson {
  id: string;
  data: {
    title: string;
    summary: string;
    publishDate: Date;
    bossBrief: string;
    takeaways: readonly string[];
    topics: readonly string[];
    video?: LessonVideo | undefined;
  };
}

/** A media file attached to an item (RSS 2.0 enclosure). */
export interface FeedEnclosure {
  /** Absolute URL of the file. */
  url: string;
  /** Size in bytes; 0 when unknown, as feed readers accept. */
  length: number;
  type: string;
}

/** One RSS item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
  enclosure?: FeedEnclosure;
}

/**
 * How many episodes the feed carries, newest first. Readers keep every item they have fetched,
 * so a subscriber misses nothing; a feed of the whole archive would grow without end (41 MB at
 * 5,000 episodes, past what feed readers accept) and take the build's memory with it.
 */
export const FEED_ITEM_LIMIT = 50;

/** The lessons the feed carries: the newest FEED_ITEM_LIMIT of a newest-first list. */
export function feedLessons<T>(publishedNewestFirst: readonly T[]): T[] {
  return publishedNewestFirst.slice(0, FEED_ITEM_LIMIT);
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The enclosure for a lesson whose video is a file the site serves (podcast apps and feed
 * readers download it); hosted videos (YouTube, Vimeo) have no file to enclose.
 */
export function videoEnclosure(
  video: LessonVideo | undefined,
  site: URL,
  sizeOf: (src: string) => number | undefined = () => undefined,
): FeedEnclosure | undefined {
  if (video?.provider !== 'file') return undefined;
  return { url: new URL(video.src, site).href, length: sizeOf(video.src) ?? 0, type: video.type };
}

/** An RSS item whose content is the full lesson: the boss brief, the body and the takeaways. */
export function lessonFeedItem(lesson: FeedLesson, bodyHtml: string, enclosure?: FeedEnclosure): FeedItem {
  const { data } = lesson;
  const content = [
    `<p><strong>The boss brief:</strong> ${escapeHtml(data.bossBrief)}</p>`,
    ...(enclosure ? [`<p><a href="${escapeHtml(enclosure.url)}">Watch the video version</a></p>`] : []),
    bodyHtml,
    '<h2>Takeaways</h2>',
    `<ol>${data.takeaways.map((takeaway) => `<li>${escapeHtml(takeaway)}</li>`).join('')}</ol>`,
  ].join('\n');
  return {
    title: data.title,
    link: lessonPath(lesson.id),
    pubDate: data.publishDate,
    description: data.summary,
    content,
    categories: [...data.topics],
    ...(enclosure ? { enclosure } : {}),
  };
}
