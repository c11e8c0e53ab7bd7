// Dates are calendar days in content; format them in UTC so a build in any timezone agrees.

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const weekdayDate = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** "November 22, 2026". */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "Sunday, November 29": for "coming next". */
export function formatWeekdayDate(date: Date): string {
  return weekdayDate.format(date);
}

/** "2026-11-22", for the datetime attribute of <time>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "22 November 2026": a date with no comma, safe inside Pagefind's comma-separated metadata. */
export function searchDate(date: Date): string {
  return dayMonthYear.format(date);
}
