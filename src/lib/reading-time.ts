// Reading time from a lesson's MDX body. Pure: the build reports lessons outside the format.

/** Average silent reading speed for non-fiction, in words per minute. */
export const WORDS_PER_MINUTE = 220;
/** The series promises a 2 to 5 minute read. */
export const FORMAT_MIN_MINUTES = 2;
export const FORMAT_MAX_MINUTES = 5;

/** Removes MDX and Markdown syntax so only words a reader reads are counted. */
export function plainTextFromMdx(body: string): string {
  return body
    .replace(/^\s*(import|export)\s.*$/gm, ' ') // MDX import/export lines
    .replace(/```[\s\S]*?```/g, ' ') // fenced code
    .replace(/<[^>]+>/g, ' ') // JSX and HTML tags
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/[#>*_`~|-]+/g, ' ');
}

/** Number of words in a lesson body. */
export function countWords(body: string): number {
  const words = plainTextFromMdx(body).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read a body, rounded up, at least one. */
export function readingMinutes(body: string): number {
  return minutesForWords(countWords(body));
}

/** Minutes to read a number of words, rounded up, at least one. */
export function minutesForWords(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** A sentence describing why a lesson breaks the 2–5 minute format, or undefined when it fits. */
export function formatProblem(body: string): string | undefined {
  return formatProblemForWords(countWords(body));
}

/** formatProblem for a body of `words` words. */
export function formatProblemForWords(words: number): string | undefined {
  const minutes = words / WORDS_PER_MINUTE;
  if (minutes < FORMAT_MIN_MINUTES) {
    return `${words} words is under ${FORMAT_MIN_MINUTES} minutes of reading (needs at least ${FORMAT_MIN_MINUTES * WORDS_PER_MINUTE})`;
  }
  if (minutes > FORMAT_MAX_MINUTES) {
    return `${words} words is over ${FORMAT_MAX_MINUTES} minutes of reading (at most ${FORMAT_MAX_MINUTES * WORDS_PER_MINUTE})`;
  }
  return undefined;
}
