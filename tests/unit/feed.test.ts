import { describe, expect, test } from 'vitest';
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { FEED_ITEM_LIMIT, feedLessons, lessonFeedItem, videoEnclosure } from '../../src/lib/feed';
import { NASTY_TITLE } from './follow-share/bad-input';

const lesson = {
  id: 'listen-first',
  data: {
    title: 'Listen "first" & sell <later>',
    summary: 'A summary.',
    publishDate: new Date('2026-11-22'),
    bossBrief: 'Talk to 5 customers <before> we build.',
    takeaways: ['One & two', 'Three', 'Four'],
    topics: ['listening'],
    example: { kind: 'illustrative' as const },
    sources: [{ title: 'A <source>', author: 'An author' }],
  },
};

describe('feedLessons', () => {
  test('carries the newest episodes, up to the limit, in the order given', () => {
    const newestFirst = Array.from({ length: FEED_ITEM_LIMIT + 30 }, (_, i) => `lesson-${i}`);
    expect(feedLessons(newestFirst)).toEqual(newestFirst.slice(0, FEED_ITEM_LIMIT));
    expect(feedLessons(newestFirst.slice(0, 3))).toEqual(['lesson-0', 'lesson-1', 'lesson-2']);
  });
});

describe('lessonFeedItem', () => {
  test('links to the lesson page and carries its date, summary and topics', () => {
    const item = lessonFeedItem(lesson, '<p>Body</p>');
    expect(item).toMatchObject({
      link: '/lessons/listen-first/',
      description: 'A summary.',
      categories: ['listening'],
    });
    expect(item.pubDate.toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });
  test('the full content has the boss brief, the body and the takeaways, with text escaped', () => {
    const { content } = lessonFeedItem(lesson, '<p>Body</p>');
    expect(content).toContain('Talk to 5 customers &lt;before&gt; we build.');
    expect(content).toContain('<p>Body</p>');
    expect(content).toContain('<li>One &amp; two</li>');
  });
  test('says before the body that an illustrative story is made up', () => {
    const { content } = lessonFeedItem(lesson, '<p>Body</p>');
    expect(content.indexOf('made up to illustrate')).toBeGreaterThan(-1);
    expect(content.indexOf('made up to illustrate')).toBeLessThan(content.indexOf('<p>Body</p>'));
  });
  test('names the source of a documented case, escaped', () => {
    const documented = {
      ...lesson,
      data: { ...lesson.data, example: { kind: 'documented' as const, source: 'A <source>' } },
    };
    expect(lessonFeedItem(documented, '').content).toContain('“A &lt;source&gt;”, An author');
  });
  test('carries a correction note with its date, and none without one', () => {
    const corrected = {
      ...lesson,
      data: {
        ...lesson.data,
        correction: 'The credit now names the right author.',
        updatedDate: new Date('2026-12-02'),
      },
    };
    expect(lessonFeedItem(corrected, '').content).toContain(
      'Corrected December 2, 2026:</strong> The credit now names the right author.',
    );
    expect(lessonFeedItem(lesson, '').content).not.toContain('Corrected');
  });
});

describe('videoEnclosure', () => {
  const site = new URL('https://md.test');
  test('encloses a video file the site serves, with its size and type', () => {
    const video = {
      provider: 'file' as const,
      src: '/video/ep1.mp4',
      captionsUrl: '/video/ep1.vtt',
      type: 'video/mp4',
    };
    expect(videoEnclosure(video, site, () => 1234)).toEqual({
      url: 'https://md.test/video/ep1.mp4',
      length: 1234,
      type: 'video/mp4',
    });
    expect(videoEnclosure(video, site)?.length).toBe(0);
  });
  test('hosted videos and lessons without video have no enclosure', () => {
    expect(videoEnclosure({ provider: 'youtube', id: 'abcdefgh' }, site)).toBeUndefined();
    expect(videoEnclosure(undefined, site)).toBeUndefined();
  });
});

describe('the feed as a reader sees it', () => {
  test('rss-parser reads awkward titles, the full content and the video enclosure exactly', async () => {
    const nasty = { ...lesson, data: { ...lesson.data, title: NASTY_TITLE } };
    const enclosure = { url: 'https://md.test/video/ep1.mp4', length: 1234, type: 'video/mp4' };
    const xml = await getRssString({
      title: 'Market Driven',
      description: 'D',
      site: 'https://md.test',
      trailingSlash: true,
      items: [lessonFeedItem(nasty, '<p>Body & more</p>', enclosure), lessonFeedItem(lesson, '<p>Second</p>')],
    });
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(2);
    const [first, second] = feed.items;
    expect(first!.title).toBe(NASTY_TITLE);
    expect(first!.link).toBe('https://md.test/lessons/listen-first/');
    expect(first!.enclosure).toMatchObject({ url: enclosure.url, length: '1234', type: 'video/mp4' });
    expect(first!['content:encoded']).toContain('Talk to 5 customers &lt;before&gt; we build.');
    expect(first!['content:encoded']).toContain('Watch the video version');
    expect(new Date(first!.isoDate!).toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(second!.enclosure).toBeUndefined();
  });
});
