// Finds listed words and phrases in free text the way a reader would: whole words only,
// any case, "world class" = "world-class", and simple inflections ("empowers", "leveraging").

/** One place a listed term occurs in a text. */
export interface TermMatch {
  /** The term as listed. */
  term: string;
  /** The text as typed. */
  match: string;
  index: number;
  end: number;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const JOINER = '[\\s\\u2010-\\u2015-]+';

/** A global, case-insensitive pattern that matches `term` as whole words, with simple inflections. */
export function termPattern(term: string): RegExp {
  const words = term
    .trim()
    .toLowerCase()
    .split(/[\s\u2010-\u2015-]+/)
    .filter(Boolean);
  const parts = words.map((word, index) => (index === words.length - 1 ? inflected(word) : escape(word)));
  return new RegExp(`${NOT_WORD_BEFORE}${parts.join(JOINER)}${NOT_WORD_AFTER}`, 'giu');
}

/** Every occurrence of any term, earliest first; where matches overlap, the longer (then earlier-listed) wins. */
export function findTerms(
  text: string,
  terms: readonly string[],
  patterns: readonly RegExp[] = terms.map(termPattern),
): TermMatch[] {
  const found: TermMatch[] = [];
  terms.forEach((term, termIndex) => {
    const pattern = patterns[termIndex];
    if (!pattern) return;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      found.push({ term, match: match[0], index: match.index, end: match.index + match[0].length });
    }
  });
  const byLength = [...found].sort((a, b) => b.end - b.index - (a.end - a.index));
  const kept: TermMatch[] = [];
  for (const candidate of byLength) {
    if (!kept.some((other) => candidate.index < other.end && other.index < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The last word of a term with its common endings: s/es/ed/ing, y→ies, a dropped final e. */
function inflected(word: string): string {
  if (!/[a-z]$/.test(word) || word.length < 3) return escape(word);
  if (word.endsWith('e')) return `${escape(word.slice(0, -1))}(?:e|es|ed|ing)`;
  if (word.endsWith('y')) return `${escape(word.slice(0, -1))}(?:y|ies|ied|ying)`;
  return `${escape(word)}(?:s|es|ed|ing)?`;
}

function escape(text: string): string {
  // Apostrophes match straight or curly, so "we're" finds "we’re".
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
}
