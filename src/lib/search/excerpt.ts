// Pagefind returns excerpts as HTML with <mark> around matches. We never insert that HTML:
// it is split into text segments, and the page renders each as text. Pure.

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptSegment {
  text: string;
  highlighted: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities Pagefind uses in excerpts. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return safeCodePoint(parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return safeCodePoint(parseInt(code.slice(1), 10), whole);
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Splits an excerpt into plain and highlighted segments; any other tag is dropped as text. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let highlighted = false;
  for (const part of excerpt.split(/(<\/?mark[^>]*>)/i)) {
    if (/^<mark/i.test(part)) highlighted = true;
    else if (/^<\/mark/i.test(part)) highlighted = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (text) segments.push({ text, highlighted });
    }
  }
  return segments;
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
