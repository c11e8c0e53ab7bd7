// Site-wide names and navigation, in one place so pages, feeds and images agree.

import { ABOUT_PATH, ASSESSMENT_PATH, LESSONS_PATH, SUBSCRIBE_PATH, VALUE_PROPOSITION_PATH } from './lib/routes';

export const SITE_NAME = 'Market Driven';
export const SITE_TAGLINE = 'a weekly lesson in listening before you sell';
export const SITE_DESCRIPTION =
  'Short weekly lessons on market-driven marketing, written to forward to a boss, plus a self-assessment and a value-proposition builder that run in your browser.';

/** Main navigation; every entry is a route in the public contract. */
export const NAV_LINKS = [
  { href: LESSONS_PATH, label: 'Lessons' },
  { href: ASSESSMENT_PATH, label: 'Self-assessment' },
  { href: VALUE_PROPOSITION_PATH, label: 'Value proposition' },
  { href: SUBSCRIBE_PATH, label: 'Subscribe' },
  { href: ABOUT_PATH, label: 'About' },
] as const;

/** Share images for the tool pages (/og/<id>.png); the id is the tool's first path segment. */
export const TOOL_OG_CARDS = [
  {
    id: 'assessment',
    card: {
      eyebrow: 'Free self-assessment · 10 minutes',
      title: 'Are you market-driven or marketing-driven?',
      subtitle: 'Seven dimensions, an honest score and what to read next.',
    },
  },
  {
    id: 'value-proposition',
    card: {
      eyebrow: 'Free builder · 20 minutes',
      title: 'Build your value proposition',
      subtitle: 'From who your customers are to why they buy, in their words.',
    },
  },
] as const;

/**
 * Share links (e-mail, LinkedIn, X, Bluesky) add `utm_source=<channel>` so the host's plain
 * access statistics can tell where readers came from. Set to false for perfectly clean links;
 * nothing else is ever added.
 */
export const SHARE_UTM_SOURCE = true;

/**
 * The e-mail sign-up on /subscribe/. The form posts straight to the provider, so the site keeps
 * no addresses. Leave `endpoint` empty to hide the form (the page then offers the feed and the
 * calendar); the MARKET_DRIVEN_NEWSLETTER_ENDPOINT variable overrides it at build time.
 */
export const NEWSLETTER = {
  /** The provider's form-post URL (https), e.g. Buttondown's or Mailchimp's embed endpoint. */
  endpoint: '',
  /** Provider name shown next to the form, so readers know who holds their address. */
  providerName: '',
  /** Link to the provider's privacy policy; optional. */
  privacyUrl: '',
  /** Form field names the provider expects. `name` empty means no name field is shown. */
  fields: { email: 'email', name: '' },
  /** Extra fixed fields some providers require (a list id, an embed flag). */
  hiddenFields: {} as Record<string, string>,
};
