// An iCalendar (RFC 5545) feed of episodes, built with ical.js: it owns the property model, value
// types, text escaping and date formats. Folding is ours: ical.js 2.2 folds continuation lines at
// 76 octets (75 plus the leading space) where §3.1 allows 75, so its folds are undone and redone.
import ICAL from 'ical.js';

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

// The non-standard X-WR-* names are TEXT as calendar apps read them; ical.js would otherwise
// write them as unknown, unescaped. A copy, so the library's own design set is untouched.
const DESIGN = {
  ...ICAL.design.icalendar,
  property: {
    ...ICAL.design.icalendar.property,
    'x-wr-calname': { defaultType: 'text' },
    'x-wr-caldesc': { defaultType: 'text' },
  },
};

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

/** Text with every line break as LF: ical.js escapes LF as \n but would leave a CR raw. */
const text = (value: string): string => value.replace(/\r\n?/g, '\n');

/** An all-day DATE value for the UTC calendar day of `date`. */
const dateValue = (date: Date): ICAL.Time => ICAL.Time.fromDateString(date.toISOString().slice(0, 10));

/** A property of the given value type (written `NAME;VALUE=TYPE:` unless DESIGN makes it the default). */
function typedProperty(name: string, type: string, value: string | ICAL.Duration): ICAL.Property {
  const property = new ICAL.Property(name);
  property.resetType(type);
  property.setValue(value);
  return property;
}

function eventComponent(event: CalendarEvent, stamp: ICAL.Time): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', text(event.uid));
  component.addPropertyWithValue('dtstamp', stamp);
  component.addPropertyWithValue('dtstart', dateValue(event.day));
  component.addPropertyWithValue('dtend', dateValue(new Date(event.day.getTime() + DAY_MS)));
  component.addPropertyWithValue('sequence', event.sequence);
  component.addPropertyWithValue('summary', text(event.summary));
  component.addPropertyWithValue('description', text(event.description));
  if (event.url) {
    // URI is URL's default type; the parameter is kept so the file reads as it always has.
    component.addPropertyWithValue('url', event.url).setParameter('value', 'URI');
  }
  // A reading reminder, not a meeting: it must not block the reader's time.
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  return component;
}

/** The whole calendar file, CRLF line endings, every line folded. */
export function buildCalendar(calendar: Calendar): string {
  const stamp = ICAL.Time.fromJSDate(calendar.generatedAt, true);
  const root = new ICAL.Component('vcalendar');
  root.addPropertyWithValue('version', '2.0');
  root.addPropertyWithValue('prodid', PRODUCT_ID);
  root.addPropertyWithValue('calscale', 'GREGORIAN');
  root.addPropertyWithValue('method', 'PUBLISH');
  root.addProperty(typedProperty('x-wr-calname', 'text', text(calendar.name)));
  root.addProperty(typedProperty('x-wr-caldesc', 'text', text(calendar.description)));
  // Ask subscribed calendars to look for new episodes about once a day.
  root.addProperty(typedProperty('refresh-interval', 'duration', ICAL.Duration.fromString('P1D')));
  root.addPropertyWithValue('x-published-ttl', 'P1D');
  for (const event of calendar.events) root.addSubcomponent(eventComponent(event, stamp));
  // Text values are escaped, so a CRLF followed by a space can only be one of ical.js's folds.
  const lines = ICAL.stringify.component(root.toJSON(), DESIGN).replace(/\r\n /g, '').split('\r\n');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
