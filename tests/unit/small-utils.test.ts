import { describe, expect, test } from 'vitest';
import { formatDate, formatWeekdayDate, isoDate, searchDate } from '../../src/lib/dates';
import { lessonPath, seriesPath, topicPath } from '../../src/lib/routes';
import { videoEmbedUrl } from '../../src/lib/video';

describe('dates', () => {
  const sunday = new Date('2026-11-29');
  test('formatDate writes a long date in UTC', () => expect(formatDate(sunday)).toBe('November 29, 2026'));
  test('formatWeekdayDate names the day', () => expect(formatWeekdayDate(sunday)).toBe('Sunday, November 29'));
  test('isoDate gives the calendar day', () => expect(isoDate(sunday)).toBe('2026-11-29'));
  test('searchDate has no comma', () => expect(searchDate(sunday)).toBe('29 November 2026'));
});

describe('routes', () => {
  test('paths follow the public URL contract, with trailing slashes', () => {
    expect(lessonPath('a-b')).toBe('/lessons/a-b/');
    expect(seriesPath('weekly')).toBe('/series/weekly/');
    expect(topicPath('listening')).toBe('/topics/listening/');
  });
});

describe('videoEmbedUrl', () => {
  test('uses the cookie-free YouTube host', () =>
    expect(videoEmbedUrl({ provider: 'youtube', id: 'abc_123' })).toBe(
      'https://www.youtube-nocookie.com/embed/abc_123?autoplay=1',
    ));
  test('asks Vimeo not to track', () => expect(videoEmbedUrl({ provider: 'vimeo', id: '12345' })).toContain('dnt=1'));
});
