// Finds wording a lesson has copied from a source: a run of consecutive words that also appears
// in the source, outside quotation marks. Pure, so the content tests run it over every lesson.

/** A run this long, shared with a source and not quoted, counts as copied. */
export const COPIED_RUN_WORDS = 8;

/** Text inside double quotation marks, straight or curly: a quotation is allowed to match. */
const QUOTATION = /"[^"\n]*"|“[^”]*”|„[^“”]*[“”]/gu;

/** Lower-case words with apostrophes dropped and every other mark ignored, so "Customer’s," is "customers". */
export function normalisedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The text with every quotation replaced by a break, so no run crosses it. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTATION, ' ¶ ');
}

/** Every run of `length` consecutive words in the text, joined by single spaces. */
function runsOf(text: string, length: number): Set<string> {
  const runs = new Set<string>();
  // Breaks (quotations, paragraph marks) end a run: normalise each piece separately.
  for (const piece of text.split(/¶|\n\s*\n/u)) {
    const words = normalisedWords(piece);
    for (let start = 0; start + length <= words.length; start += 1)
      runs.add(words.slice(start, start + length).join(' '));
  }
  return runs;
}

/** The runs of `length` words the text shares with any source, outside the text's quotations. */
export function copiedRuns(text: string, sources: readonly string[], length = COPIED_RUN_WORDS): string[] {
  const fromSources = new Set<string>();
  for (const source of sources) for (const run of runsOf(source, length)) fromSources.add(run);
  return [...runsOf(withoutQuotations(text), length)].filter((run) => fromSources.has(run));
}
