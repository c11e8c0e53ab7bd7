// An iCalendar (RFC 5545) feed of episodes, written by hand because the format is small:
// text escaping, 75-octet line folding and CRLF endings are the parts that must be right.

/** One all-day event: an episode on its publish day. */
export interface CalendarEvent {
  /** Stable across builds, so a subscribed calendar updates the event instead of adding a copy. */
  uid: string;
  /** The day (UTC calendar date) the event falls on. */
  day: Date;
  summary: string;
  description: string;
  /** Absolute URL; optional. */
  url?: string | undefined;
  /** Bumped when the event changes meaningfully (e.g. scheduled → published). */
  sequence: number;
}

/** The calendar as a whole. */
export interface Calendar {
  /** Name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  description: string;
  /** The moment this file was generated (DTSTAMP of every event). */
  generatedAt: Date;
  events: readonly CalendarEvent[];
}

const PRODUCT_ID = '-//Market Driven//Episodes//EN';
const MAX_OCTETS = 75;
const DAY_MS = 86_400_000;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = chunks.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

/** "20261129" for an all-day DATE value. */
const dateValue = (date: Date): string => date.toISOString().slice(0, 10).replace(/-/g, '');
/** "20261124T211500Z" for a UTC DATE-TIME value. */
const dateTimeValue = (date: Date): string => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The whole calendar file, CRLF line endings, every line folded. */
export function buildCalendar(calendar: Calendar): string {
  const stamp = dateTimeValue(calendar.generatedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    // Ask subscribed calendars to look for new episodes about once a day.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.day)}`,
      `DTEND;VALUE=DATE:${dateValue(new Date(event.day.getTime() + DAY_MS))}`,
      `SEQUENCE:${event.sequence}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.url ? [`URL;VALUE=URI:${event.url}`] : []),
      // A reading reminder, not a meeting: it must not block the reader's time.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
