// Turning lessons into RSS items: pure, so tests check exactly what subscribers receive.
import type { LessonExample, LessonSource, LessonVideo } from '../schemas/lesson';
import { formatDate } from './dates';
import { lessonPath } from './routes';
import { storyLabel } from './story-label';

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
    /** What kind of story the lesson tells; the item says so before the body. */
    example: LessonExample;
    sources: readonly LessonSource[];
    /** What a correction changed, with the date it was made; optional. */
    correction?: string | undefined;
    updatedDate?: Date | undefined;
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

/**
 * An RSS item whose content is the full lesson: the boss brief, what kind of story it tells (and
 * any correction), the body and the takeaways.
 */
export function lessonFeedItem(lesson: FeedLesson, bodyHtml: string, enclosure?: FeedEnclosure): FeedItem {
  const { data } = lesson;
  const corrected =
    data.correction && data.updatedDate
      ? [`<p><strong>Corrected ${formatDate(data.updatedDate)}:</strong> ${escapeHtml(data.correction)}</p>`]
      : [];
  const content = [
    `<p><strong>The boss brief:</strong> ${escapeHtml(data.bossBrief)}</p>`,
    `<p><em>${escapeHtml(storyLabel(data.example, data.sources))}</em></p>`,
    ...corrected,
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
