// Share links for a page: the e-mail to a boss, social share intents and the optional
// utm_source. Pure, so the lesson page (at build) and the share panel (in the browser) agree.
import { truncateText } from './text-fit';

/** The channels a reader can share through; each becomes the utm_source when that is on. */
export type ShareChannel = 'email' | 'linkedin' | 'x' | 'bluesky' | 'native';

/** What a share needs to know about the page. */
export interface ShareSubject {
  /** Canonical, absolute URL of the page. */
  url: string;
  title: string;
  /** Subject line of the boss e-mail when the title makes a poor one; default the title. */
  emailSubject?: string | undefined;
  /** One line on what the page is about. */
  summary: string;
  /** The sentence or two for a boss; optional for pages that are not lessons. */
  bossBrief?: string | undefined;
  takeaways?: readonly string[] | undefined;
}

/** Whether share links carry `utm_source=<channel>`. */
export interface ShareOptions {
  utmSource: boolean;
}

/** Most mail clients (Outlook among them) drop or refuse `mailto:` links beyond about 2,000 characters. */
export const MAILTO_MAX_LENGTH = 2000;
/** X counts every link as 23 characters; we leave room for it and a space. */
const X_TEXT_MAX = 280 - 24;
/** Bluesky posts hold 300 graphemes; the link is part of the text there. */
const BLUESKY_MAX = 300;

/** The page URL for a channel: the canonical URL, plus `utm_source` only when the option is on. */
export function shareUrl(url: string, channel: ShareChannel, options: ShareOptions): string {
  if (!options.utmSource) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('utm_source', channel);
  return parsed.href;
}

/** Subject and plain-text body of the "Email this to my boss" message. */
export function bossEmail(subject: ShareSubject, link: string, takeawayCount = subject.takeaways?.length ?? 0) {
  const lines = [`I think this is worth three minutes of your time: "${subject.title}".`, ''];
  if (subject.bossBrief) lines.push('In short:', subject.bossBrief, '');
  const takeaways = (subject.takeaways ?? []).slice(0, takeawayCount);
  if (takeaways.length > 0) lines.push('The takeaways:', ...takeaways.map((item) => `- ${item}`), '');
  lines.push(`Read it here: ${link}`);
  return { subject: subject.emailSubject ?? subject.title, body: lines.join('\n') };
}

/** Encodes a mailto header value (RFC 6068): percent-encoding, line breaks as CRLF. */
const encodeMailto = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/**
 * The `mailto:` link for the boss e-mail. When it would be too long for mail clients,
 * takeaways are dropped from the end first; the brief and the link always stay.
 */
export function bossMailto(subject: ShareSubject, options: ShareOptions): string {
  const link = shareUrl(subject.url, 'email', options);
  const build = (count: number, brief: string | undefined) => {
    const mail = bossEmail({ ...subject, bossBrief: brief }, link, count);
    return `mailto:?subject=${encodeMailto(mail.subject)}&body=${encodeMailto(mail.body)}`;
  };
  for (let count = subject.takeaways?.length ?? 0; count >= 0; count -= 1) {
    const href = build(count, subject.bossBrief);
    if (href.length <= MAILTO_MAX_LENGTH) return href;
  }
  // Only a pathological brief gets here: keep as much of it as fits.
  let brief = subject.bossBrief ?? '';
  let href = build(0, brief);
  while (href.length > MAILTO_MAX_LENGTH && brief.length > 0) {
    brief = truncateText(brief, Math.floor(brief.length * 0.8));
    href = build(0, brief || undefined);
  }
  return href;
}

/** A share-intent link for one social network. */
export interface SocialLink {
  channel: Exclude<ShareChannel, 'email' | 'native'>;
  label: string;
  href: string;
}

/** LinkedIn, X and Bluesky share intents; none loads a script, each is a plain link. */
export function socialLinks(subject: ShareSubject, options: ShareOptions): SocialLink[] {
  const linkedin = shareUrl(subject.url, 'linkedin', options);
  const x = shareUrl(subject.url, 'x', options);
  const bluesky = shareUrl(subject.url, 'bluesky', options);
  const blueskyText = `${truncateText(subject.title, Math.max(1, BLUESKY_MAX - bluesky.length - 1))} ${bluesky}`;
  return [
    {
      channel: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(linkedin)}`,
    },
    {
      channel: 'x',
      label: 'X',
      href: `https://x.com/intent/post?text=${encodeURIComponent(truncateText(subject.title, X_TEXT_MAX))}&url=${encodeURIComponent(x)}`,
    },
    {
      channel: 'bluesky',
      label: 'Bluesky',
      href: `https://bsky.app/intent/compose?text=${encodeURIComponent(blueskyText)}`,
    },
  ];
}
