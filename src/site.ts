// Site-wide names and navigation, in one place so pages, feeds and images agree.

export const SITE_NAME = 'Market Driven';
export const SITE_TAGLINE = 'a weekly lesson in listening before you sell';
export const SITE_DESCRIPTION =
  'Short weekly lessons on market-driven marketing, written to forward to a boss, plus a self-assessment and a value-proposition builder that run in your browser.';

/** Main navigation; every entry is a route in the public contract. */
export const NAV_LINKS = [
  { href: '/lessons/', label: 'Lessons' },
  { href: '/assessment/', label: 'Self-assessment' },
  { href: '/value-proposition/', label: 'Value proposition' },
  { href: '/about/', label: 'About' },
] as const;
