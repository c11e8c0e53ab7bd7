// Titles and texts that have broken share features elsewhere: quotes, ampersands, markup,
// emoji with modifiers and joiners, commas and semicolons (iCalendar), and 200 characters.
const EMOJI = '🚀👩🏽‍💻';
const BASE = `Don't "sell" <b>first</b> & listen; then, build ${EMOJI} for customers`;

/** A 200-character title with everything awkward in it. */
export const NASTY_TITLE = `${BASE} ${'who actually buy '.repeat(12)}`.slice(0, 199).trimEnd() + '.';

export const NASTY_BRIEF =
  'We should talk to 5 customers <before> we build & "test" our message; it costs a week, not a quarter.';

export const NASTY_TAKEAWAYS = ['One & two', 'Quotes "here" and \'there\'', `Emoji ${EMOJI} survive`];
