// Turning lessons into RSS items: pure, so tests check exactly what subscribers receive.
import { lessonPath } from './routes';

/** The lesson fields an RSS item needs. */
export interface FeedLesson {
  id: string;
  data: { title: string; summary: string; publishDate: Date; bossBrief: string; takeaways: readonly string[]; topics: readonly string[] };
}

/** One RSS item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content: string;
  categories: string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RSS item whose content is the full lesson: the boss brief, the body and the takeaways. */
export function lessonFeedItem(lesson: FeedLesson, bodyHtml: string): FeedItem {
  const { data } = lesson;
  const content = [
    `<p><strong>The boss brief:</strong> ${escapeHtml(data.bossBrief)}</p>`,
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
  };
}
