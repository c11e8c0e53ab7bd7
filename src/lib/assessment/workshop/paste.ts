// A facilitator pastes whatever holds the team's result links: an e-mail thread, a chat export, a
// spreadsheet column. This finds every link or bare code line by line, decodes each with the
// share-code decoder, drops repeats and says what is wrong with the rest. Pure and bounded: the
// paste is size-capped before any scanning, so a huge paste answers at once instead of freezing.
import type { AssessmentEdition } from '../../../schemas/assessment';
import { WORKSHOP_MESSAGES } from './messages';
import { fill } from '../../template';
import { SHARE_PARAM, decodeShareCode, encodeShareCode, type SharedResult } from '../share-code';

/** What the page says about a paste (content/messages/workshop.yaml). */
const WORDS = WORKSHOP_MESSAGES.paste;

/** The most text a paste may hold: a long thread of results fits many times over. */
export const MAX_PASTE_CHARS = 1_000_000;
/** The most lines scanned; a spreadsheet column of a few hundred rows is far below it. */
export const MAX_PASTE_LINES = 20_000;
/** The most respondents a workshop takes. */
export const MAX_WORKSHOP_RESPONDENTS = 50;
/** Problems listed one by one; past this the page says how many more there were. */
export const MAX_LISTED_PROBLEMS = 30;

/** Why a code found in the paste was not loaded. */
export type PasteProblemKind = 'unreadable' | 'duplicate' | 'builder-draft' | 'over-limit';

/** A code that was found but not loaded, with the line it was on. */
export interface PasteProblem {
  /** 1-based line number in the paste. */
  line: number;
  kind: PasteProblemKind;
  message: string;
  /** The code as found, shortened for display. */
  excerpt: string;
}

/** A result found in the paste. */
export interface PastedResult extends SharedResult {
  line: number;
  /** The answers re-encoded in the current code format: the same answers always give the same code. */
  code: string;
}

/** What a paste yielded: the results, and everything set aside, in line order. */
export interface PasteReading {
  results: PastedResult[];
  problems: PasteProblem[];
  /** Problems beyond MAX_LISTED_PROBLEMS, counted but not listed. */
  unlistedProblems: number;
  /** Set when the paste as a whole was refused (too large, nothing found). */
  refusal: string | null;
}

// A link's fragment (`#r=<code>`, or a compare link's `#r=a&r=b`), up to whitespace or quoting.
const FRAGMENT = /#([^\s<>"'()[\]#]*)/g;
// A bare code: version, fingerprint and at least a dozen answers, so "1.2.3" is not mistaken for one.
const BARE_CODE = /(?<![\w.#=])[1-9][0-9]{0,2}\.[0-9a-z]{1,8}\.[0-9a-z]{12,}(?![\w.])/g;
const BUILDER_DRAFT = /#(?:[^\s#&]*&)*d=/;
// Sentence punctuation a mail client leaves stuck to the end of a link.
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
const EXCERPT_LENGTH = 40;

const excerptOf = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text);

/** Every result code on one line: those in link fragments first, then bare ones outside links. */
export function codesOnLine(line: string): string[] {
  const codes: string[] = [];
  const outsideLinks = line.replace(FRAGMENT, (_match: string, fragment: string) => {
    for (const code of new URLSearchParams(fragment).getAll(SHARE_PARAM))
      codes.push(code.replace(TRAILING_PUNCTUATION, ''));
    return ' ';
  });
  for (const [code] of outsideLinks.matchAll(BARE_CODE)) codes.push(code);
  return codes;
}

/**
 * Reads a paste: every result link or code, decoded with the share-code decoder; the same code twice
 * loads once; anything unreadable is listed with its line and reason; past the respondent limit the
 * rest are listed, not loaded.
 */
export function readPaste(editions: readonly AssessmentEdition[], text: string): PasteReading {
  const reading: PasteReading = { results: [], problems: [], unlistedProblems: 0, refusal: null };
  if (text.length > MAX_PASTE_CHARS) {
    const megabytes = (text.length / 1_000_000).toFixed(1);
    reading.refusal = fill(WORDS.tooLong, { megabytes, max: MAX_PASTE_CHARS / 1_000_000 });
    return reading;
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > MAX_PASTE_LINES) {
    reading.refusal = fill(WORDS.tooManyLines, {
      lines: lines.length.toLocaleString('en'),
      max: MAX_PASTE_LINES.toLocaleString('en'),
    });
    return reading;
  }
  const firstLineOf = new Map<string, number>();
  const problem = (line: number, kind: PasteProblemKind, message: string, code: string) => {
    if (reading.problems.length >= MAX_LISTED_PROBLEMS) reading.unlistedProblems += 1;
    else reading.problems.push({ line, kind, message, excerpt: excerptOf(code) });
  };
  let builderDrafts = 0;
  lines.forEach((content, index) => {
    const line = index + 1;
    if (BUILDER_DRAFT.test(content)) {
      builderDrafts += 1;
      problem(line, 'builder-draft', WORDS.builderDraft, content.slice(content.search(BUILDER_DRAFT)));
    }
    for (const code of codesOnLine(content)) {
      // The same code, or the same answers in an older code format, is the same person twice.
      const seenOn = firstLineOf.get(code);
      if (seenOn !== undefined) {
        problem(line, 'duplicate', fill(WORDS.sameResult, { line: seenOn }), code);
        continue;
      }
      firstLineOf.set(code, line);
      const decoded = decodeShareCode(editions, code);
      if (!decoded.ok) {
        problem(line, 'unreadable', decoded.error.message, code);
        continue;
      }
      const canonical = encodeShareCode(decoded.value.edition, decoded.value.answers);
      const sameAnswersOn = firstLineOf.get(canonical);
      if (sameAnswersOn !== undefined && canonical !== code) {
        problem(line, 'duplicate', fill(WORDS.sameAnswers, { line: sameAnswersOn }), code);
      } else if (reading.results.length >= MAX_WORKSHOP_RESPONDENTS) {
        problem(line, 'over-limit', fill(WORDS.overLimit, { max: MAX_WORKSHOP_RESPONDENTS }), code);
      } else {
        firstLineOf.set(canonical, line);
        reading.results.push({ ...decoded.value, line, code: canonical });
      }
    }
  });
  if (reading.results.length === 0 && reading.problems.length === 0 && builderDrafts === 0) {
    reading.refusal = text.trim() === '' ? WORDS.empty : WORDS.noLinks;
  }
  return reading;
}
