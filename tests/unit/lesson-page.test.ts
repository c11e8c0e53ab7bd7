import { describe, expect, test } from 'vitest';
import { lessonPageModel, type LessonPageLesson } from '../../src/lib/lesson-page';
import { qrSvg } from '../../src/lib/qr';

const site = new URL('https://md.test/');
const series = { id: 'weekly', data: { title: 'The weekly lesson', description: 'One a week.' } };
const lesson = (overrides: Partial<LessonPageLesson> = {}, data: Partial<LessonPageLesson['data']> = {}) => ({
  id: 'listen-first',
  isPublic: true,
  ...overrides,
  data: {
    series: 'weekly',
    episode: 12,
    title: 'Listen first',
    summary: 'Why the customer talks first.',
    bossBrief: 'Ask before you pitch.',
    takeaways: ['Ask', 'Listen'],
    discussion: ['What did we hear last week?'],
    publishDate: new Date('2026-11-22'),
    ...data,
  },
});
const context = { series, topicTitles: ['Listening', 'Sales'], shortLinkSeriesId: 'weekly', site };

describe('lessonPageModel', () => {
  test('the canonical URL is the lesson route on the site address', () => {
    expect(lessonPageModel(lesson(), context).canonical).toBe('https://md.test/lessons/listen-first/');
  });

  test('a published episode of the short-link series gets its short link, and the handout points to it', () => {
    const model = lessonPageModel(lesson(), context);
    expect(model.shortLink).toEqual({ path: '/12/', url: 'https://md.test/12/', display: 'md.test/12/' });
    expect(model.handout).toMatchObject({ url: 'https://md.test/12/', display: 'md.test/12/', home: 'md.test' });
    expect(model.handout.qr).toEqual(qrSvg('https://md.test/12/'));
  });

  test('a lesson that is not public, or of another series, has no short link; its handout uses the canonical URL', () => {
    for (const model of [
      lessonPageModel(lesson({ isPublic: false }), context),
      lessonPageModel(lesson({}, { series: 'deep-dives' }), context),
      lessonPageModel(lesson({}, { episode: 404 }), context),
    ]) {
      expect(model.shortLink).toBeUndefined();
      expect(model.handout.url).toBe('https://md.test/lessons/listen-first/');
      expect(model.handout.qr).toEqual(qrSvg('https://md.test/lessons/listen-first/'));
    }
  });

  test('the share image is the lesson own once public, else the home image', () => {
    expect(lessonPageModel(lesson(), context).image).toBe('/og/lessons/listen-first.png');
    expect(lessonPageModel(lesson({ isPublic: false }), context).image).toBe('/og/home.png');
  });

  test('the share image text names the series, the episode and the title', () => {
    expect(lessonPageModel(lesson(), context).imageAlt).toBe('The weekly lesson, episode 12: Listen first');
  });

  test('the JSON-LD is an Article with absolute URLs, the topics as keywords and the series it belongs to', () => {
    const { jsonLd } = lessonPageModel(lesson({}, { updatedDate: new Date('2026-11-29') }), context);
    expect(jsonLd).toMatchObject({
      '@type': 'Article',
      url: 'https://md.test/lessons/listen-first/',
      image: 'https://md.test/og/lessons/listen-first.png',
      keywords: 'Listening, Sales',
      position: 12,
      dateModified: '2026-11-29T00:00:00.000Z',
      isPartOf: { name: 'The weekly lesson', url: 'https://md.test/series/weekly/' },
      publisher: { url: 'https://md.test/' },
    });
  });

  test('a long handout is set tighter', () => {
    const long = 'x'.repeat(400);
    const model = lessonPageModel(lesson({}, { takeaways: [long, long, long], discussion: [long, long] }), context);
    expect(model.handout.density).toBe('dense');
    expect(lessonPageModel(lesson(), context).handout.density).toBe('normal');
  });
});
