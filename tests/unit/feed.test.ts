import { describe, expect, test } from 'vitest';
import { lessonFeedItem } from '../../src/lib/feed';

const lesson = {
  id: 'listen-first',
  data: {
    title: 'Listen "first" & sell <later>',
    summary: 'A summary.',
    publishDate: new Date('2026-11-22'),
    bossBrief: 'Talk to 5 customers <before> we build.',
    takeaways: ['One & two', 'Three', 'Four'],
    topics: ['listening'],
  },
};

describe('lessonFeedItem', () => {
  test('links to the lesson page and carries its date, summary and topics', () => {
    const item = lessonFeedItem(lesson, '<p>Body</p>');
    expect(item).toMatchObject({ link: '/lessons/listen-first/', description: 'A summary.', categories: ['listening'] });
    expect(item.pubDate.toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
  test('the full content has the boss brief, the body and the takeaways, with text escaped', () => {
    const { content } = lessonFeedItem(lesson, '<p>Body</p>');
    expect(content).toContain('Talk to 5 customers &lt;before&gt; we build.');
    expect(content).toContain('<p>Body</p>');
    expect(content).toContain('<li>One &amp; two</li>');
  });
});
