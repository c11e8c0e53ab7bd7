import { describe, expect, test } from 'vitest';
import { lessonJsonLd, serializeJsonLd, siteJsonLd } from '../../../src/lib/structured-data';
import { NASTY_TITLE } from './bad-input';

const site = { name: 'Market Driven', description: 'D', url: 'https://md.test/', logo: 'https://md.test/favicon.svg' };
const article = lessonJsonLd(
  {
    url: 'https://md.test/lessons/a/',
    title: NASTY_TITLE,
    summary: 'Sum </script><script>alert(1)</script>',
    image: 'https://md.test/og/lessons/a.png',
    publishDate: new Date('2026-11-22'),
    episode: 14,
    keywords: ['Listening'],
    series: { title: 'Weekly', description: 'W', url: 'https://md.test/series/weekly/' },
  },
  site,
);

describe('lessonJsonLd', () => {
  test('is an Article, episode N of a CreativeWorkSeries, with its image and dates', () => {
    expect(article).toMatchObject({
      '@type': 'Article',
      position: 14,
      image: 'https://md.test/og/lessons/a.png',
      datePublished: '2026-11-22T00:00:00.000Z',
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'Weekly' },
      publisher: { '@type': 'Organization', name: 'Market Driven' },
    });
  });
  test('the headline is cut to 110 characters; the full title stays in name', () => {
    expect((article['headline'] as string).length).toBeLessThanOrEqual(110);
    expect(article['name']).toBe(NASTY_TITLE);
  });
});

describe('siteJsonLd', () => {
  test('describes the site as an Organization and a WebSite', () => {
    const graph = siteJsonLd(site)['@graph'] as { '@type': string }[];
    expect(graph.map((node) => node['@type'])).toEqual(['Organization', 'WebSite']);
  });
});

describe('serializeJsonLd', () => {
  test('cannot close the script element, and parses back to the same data', () => {
    const text = serializeJsonLd(article);
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(article);
  });
});
