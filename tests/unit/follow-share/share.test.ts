import { describe, expect, test } from 'vitest';
import {
  bossEmail,
  bossMailto,
  MAILTO_MAX_LENGTH,
  shareUrl,
  socialLinks,
  type ShareSubject,
} from '../../../src/lib/share';
import { NASTY_BRIEF, NASTY_TAKEAWAYS, NASTY_TITLE } from './bad-input';

const lesson: ShareSubject = {
  url: 'https://market-driven.pages.dev/lessons/listen-first/',
  title: NASTY_TITLE,
  summary: 'A summary & more.',
  bossBrief: NASTY_BRIEF,
  takeaways: NASTY_TAKEAWAYS,
};
const on = { utmSource: true };
const off = { utmSource: false };

/** Decodes a mailto: link the way a mail client does. */
function openMailto(href: string) {
  const url = new URL(href);
  return {
    subject: decodeURIComponent(/subject=([^&]*)/.exec(url.search)?.[1] ?? ''),
    body: decodeURIComponent(/body=([^&]*)/.exec(url.search)?.[1] ?? ''),
  };
}

describe('shareUrl', () => {
  test('adds utm_source with the channel only when the option is on', () => {
    expect(shareUrl(lesson.url, 'email', on)).toBe(`${lesson.url}?utm_source=email`);
    expect(shareUrl(lesson.url, 'email', off)).toBe(lesson.url);
  });
  test('keeps a #fragment (tool results) after the query', () => {
    expect(shareUrl('https://x.test/assessment/#r=abc', 'x', on)).toBe('https://x.test/assessment/?utm_source=x#r=abc');
  });
});

describe('bossEmail', () => {
  test('the body has the boss brief, every takeaway and the link', () => {
    const { subject, body } = bossEmail(lesson, lesson.url);
    expect(subject).toBe(NASTY_TITLE);
    expect(body).toContain(NASTY_BRIEF);
    for (const takeaway of NASTY_TAKEAWAYS) expect(body).toContain(`- ${takeaway}`);
    expect(body.trimEnd().endsWith(lesson.url)).toBe(true);
  });
  test('a lesson with its own e-mail subject uses it, and keeps the title in the body', () => {
    const { subject, body } = bossEmail({ ...lesson, emailSubject: 'Why our customers leave' }, lesson.url);
    expect(subject).toBe('Why our customers leave');
    expect(body).toContain(NASTY_TITLE);
    expect(openMailto(bossMailto({ ...lesson, emailSubject: 'Why our customers leave' }, off)).subject).toBe(
      'Why our customers leave',
    );
  });
});

describe('bossMailto', () => {
  test('the decoded subject and body carry the title, brief and canonical link exactly', () => {
    const mail = openMailto(bossMailto(lesson, off));
    expect(mail.subject).toBe(NASTY_TITLE);
    expect(mail.body).toContain(NASTY_BRIEF);
    expect(mail.body).toContain(lesson.url);
    expect(mail.body).toContain('\r\n');
  });
  test('no raw character a mail client would misread survives encoding', () => {
    const href = bossMailto(lesson, on);
    expect(href).toMatch(/^mailto:\?subject=[^&]*&body=[^&]*$/);
    expect(href).not.toMatch(/[\s"<>#]/);
  });
  test('with utm on, the link in the body is tagged as e-mail', () => {
    expect(openMailto(bossMailto(lesson, on)).body).toContain(`${lesson.url}?utm_source=email`);
  });
  test('drops takeaways, never the brief or the link, when the link would be too long for mail clients', () => {
    const long = {
      ...lesson,
      takeaways: Array.from({ length: 5 }, (_, i) => `${i} ${'very long takeaway '.repeat(10)}`),
    };
    const href = bossMailto(long, off);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const { body } = openMailto(href);
    expect(body).toContain(NASTY_BRIEF);
    expect(body).toContain(lesson.url);
  });
});

describe('socialLinks', () => {
  test('offers LinkedIn, X and Bluesky as plain https links carrying the page URL', () => {
    const links = socialLinks(lesson, off);
    expect(links.map((link) => link.label)).toEqual(['LinkedIn', 'X', 'Bluesky']);
    for (const link of links) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(decodeURIComponent(link.href)).toContain(lesson.url);
    }
  });
  test('the Bluesky text fits its 300-grapheme limit, emoji intact', () => {
    const bluesky = socialLinks(lesson, on).find((link) => link.channel === 'bluesky')!;
    const text = new URL(bluesky.href).searchParams.get('text')!;
    const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)];
    expect(graphemes.length).toBeLessThanOrEqual(300);
    expect(text).toContain('👩🏽‍💻');
    expect(text).toContain('utm_source=bluesky');
  });
});
