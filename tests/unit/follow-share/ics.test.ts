import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { CALENDAR_PAST_DAYS, episodeEvents, episodeUid } from '../../../src/lib/episode-calendar';
import { buildCalendar, foldLine } from '../../../src/lib/ics';
import { NASTY_BRIEF, NASTY_TITLE } from './bad-input';

const site = new URL('https://market-driven.pages.dev');
const lesson = (id: string, episode: number, day: string, title = `Episode ${episode} title`) => ({
  id,
  data: {
    title,
    episode,
    series: 'weekly',
    publishDate: new Date(day),
    summary: `Summary ${id}`,
    bossBrief: NASTY_BRIEF,
  },
});
const published = [
  lesson('first', 1, '2026-11-15', NASTY_TITLE),
  lesson('second', 2, '2026-11-22'),
  { ...lesson('mini', 1, '2026-11-18'), data: { ...lesson('mini', 1, '2026-11-18').data, series: 'mini' } },
];
const scheduled = [lesson('third', 3, '2026-11-29', 'Secret-ish; scheduled, title')];

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

const calendarText = () =>
  buildCalendar({
    name: 'Market Driven',
    description: 'Weekly, every Sunday',
    generatedAt: new Date('2026-11-24T21:00:00Z'),
    events: episodeEvents(published, scheduled, { seriesId: 'weekly', seriesTitle: 'Weekly', site }),
  });

describe('episodeUid', () => {
  test('is <slug>@<host>, the same on every build', () => {
    expect(episodeUid('listen-first', site)).toBe('listen-first@market-driven.pages.dev');
  });
});

describe('episodeEvents at archive scale', () => {
  test('keeps scheduled episodes and those of the past year, and drops older ones', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const weeksBack = (weeks: number) => new Date(now.getTime() - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
    const archive = Array.from({ length: 200 }, (_, i) => lesson(`ep-${200 - i}`, 200 - i, weeksBack(i + 1)));
    const next = [lesson('next', 201, '2026-11-29')];
    const events = episodeEvents(archive, next, { seriesId: 'weekly', seriesTitle: 'Weekly', site, now });
    const pastWeeks = Math.floor(CALENDAR_PAST_DAYS / 7);
    expect(events).toHaveLength(pastWeeks + 1);
    expect(events[0]!.uid).toBe(`ep-${201 - pastWeeks}@market-driven.pages.dev`);
    expect(events.at(-1)!.uid).toBe('next@market-driven.pages.dev');
  });
});

describe('buildCalendar with episodeEvents', () => {
  test('a real iCalendar parser reads one all-day event per weekly episode, published and scheduled', () => {
    const events = parse(calendarText());
    expect(events.map((event) => event.uid)).toEqual([
      'first@market-driven.pages.dev',
      'second@market-driven.pages.dev',
      'third@market-driven.pages.dev',
    ]);
    expect(events.map((event) => event.startDate.toString())).toEqual(['2026-11-15', '2026-11-22', '2026-11-29']);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    expect(events[0]!.endDate.toString()).toBe('2026-11-16');
  });
  test('a 200-character title with quotes, ampersands, semicolons and emoji round-trips exactly', () => {
    const [first, , third] = parse(calendarText());
    expect(first!.summary).toBe(`Weekly 1: ${NASTY_TITLE}`);
    expect(first!.description).toContain(NASTY_BRIEF);
    expect(first!.description).toContain('https://market-driven.pages.dev/lessons/first/');
    expect(third!.summary).toBe('Weekly 3: Secret-ish; scheduled, title');
  });
  test('a scheduled episode shows its title and date only, like "coming next"', () => {
    const third = parse(calendarText())[2]!;
    expect(third.description).not.toContain('Summary third');
    expect(third.description).not.toContain(NASTY_BRIEF);
  });
  test('every line ends in CRLF and is at most 75 octets', () => {
    const text = calendarText();
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('buildCalendar text values', () => {
  test('escapes backslash, semicolon, comma and newlines, CRLF and CR included', () => {
    const event = { uid: 'u@host', day: new Date('2026-11-29'), description: '', sequence: 1 };
    const text = buildCalendar({
      name: 'a\\b;c,d\ne',
      description: 'x',
      generatedAt: new Date('2026-11-24T21:00:00Z'),
      events: [{ ...event, summary: 'a\\b;c,d\ne\r\nf\rg' }],
    });
    expect(text).toContain('\r\nX-WR-CALNAME:a\\\\b\\;c\\,d\\ne\r\n');
    expect(text).toContain('\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n');
  });
});

describe('foldLine', () => {
  test('never splits a multi-byte character across lines', () => {
    const folded = foldLine(`SUMMARY:${'é🚀'.repeat(40)}`);
    for (const line of folded.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é🚀'.repeat(40)}`);
  });
});
