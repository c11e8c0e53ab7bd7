// Ways to add the episode calendar: the webcal:// scheme opens the system calendar app,
// Google and Outlook.com take the feed address as a parameter. Plain links, no scripts.

/** Links for subscribing to a calendar feed. */
export interface CalendarLinks {
  /** The .ics file itself (download). */
  file: string;
  /** webcal:// address: subscribes in Apple Calendar, Outlook and most desktop apps. */
  webcal: string;
  google: string;
  outlook: string;
}

/** Subscription links for the calendar at `feed` (an absolute http(s) URL). */
export function calendarLinks(feed: URL, name: string): CalendarLinks {
  const webcal = feed.href.replace(/^https?:/, 'webcal:');
  return {
    file: feed.pathname,
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(feed.href)}&name=${encodeURIComponent(name)}`,
  };
}
