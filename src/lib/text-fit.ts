// Shortening text for places with a hard limit (share texts, image titles, calendar lines)
// without cutting an emoji or an accented letter in half: we count grapheme clusters.
import { onFirstUse } from './on-first-use.ts';

const ELLIPSIS = '…';
// Made on first use: an Intl object loads locale data, too slow for a tool page's hydration.
const segmenter = onFirstUse(() => new Intl.Segmenter('en', { granularity: 'grapheme' }));

/** The user-perceived characters of a string (an emoji with modifiers is one). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter().segment(text), (part) => part.segment);
}

/** Text cut to at most `max` graphemes, at a word boundary when one is near, ending in "…". */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const parts = graphemes(clean);
  if (parts.length <= max) return clean;
  const cut = parts.slice(0, Math.max(0, max - 1)).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless it would throw away more than a fifth of the room.
  const head = lastSpace > cut.length * 0.8 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
}
