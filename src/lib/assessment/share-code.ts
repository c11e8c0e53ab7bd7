// Share codes carry a respondent's answers in the URL fragment: `/assessment/#r=<code>`.
// Format `<version>.<fingerprint>.<answers>`, answers in definition order. The fingerprint names
// the edition of the statements, so a link made with an earlier edition is read with that edition.
//   version 1: 0 for blank, two answers per base-36 character (6 × 6 = 36); no "doesn't apply".
//   version 2: one character per statement: 0 blank, 1–5 the scale, n "doesn't apply".
// Every published version stays readable. Decoding never throws: every way a code can be wrong is
// a value with a message for the page.
import * as z from 'zod/mini';
import type { AssessmentEdition } from '../../schemas/assessment';
import { NOT_APPLICABLE, type Answers, type Response } from './answers';
import { instrumentFingerprint } from './fingerprint';
import { err, ok, type ReadError, type Result } from '../result';

/** The code format this build writes; a higher version came from a newer build. */
export const SHARE_CODE_VERSION = 2;
/** Longer than any code these formats can produce for a 6 × 7 statement instrument, with room to grow. */
export const MAX_SHARE_CODE_LENGTH = 120;
/** The fragment parameter that holds a code. */
export const SHARE_PARAM = 'r';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const PAIR_SLOTS = 6; // version 1: 0 = blank, 1–5 = the scale
const NOT_APPLICABLE_CHAR = 'n';

export type ShareCodeErrorKind =
  'empty' | 'oversized' | 'malformed' | 'future-version' | 'other-edition' | 'truncated' | 'not-a-link';
export type ShareCodeError = ReadError<ShareCodeErrorKind>;

/** A decoded link: the answers and the edition of the statements they answer. */
export interface SharedResult {
  answers: Answers;
  edition: AssessmentEdition;
}

const MESSAGES: Record<ShareCodeErrorKind, string> = {
  empty: 'This link has no answers in it.',
  oversized:
    'This link is far too long to be a result link, so it was not opened. It may have been pasted twice or changed.',
  malformed: 'This result link is damaged, so it cannot be read. Ask whoever sent it for the link again.',
  'future-version':
    'This result link was made by a newer version of the assessment. Reload the page to get the latest version.',
  'other-edition':
    'This result link was made with a different set of statements, so its answers cannot be matched to today’s questions. Ask for a new link.',
  truncated: 'This result link is incomplete, probably cut short when it was copied. Ask for the whole link again.',
  'not-a-link': 'That does not look like a result link. Copy the whole link from the result page; it contains “#r=”.',
};

const codePartsSchema = z.tuple([
  z.string().check(z.regex(/^[1-9][0-9]{0,2}$/)),
  z.string().check(z.regex(/^[0-9a-z]{1,8}$/)),
  z.string().check(z.regex(/^[0-9a-z]+$/)),
]);

const error = (kind: ShareCodeErrorKind): ShareCodeError => ({ kind, message: MESSAGES[kind] });

/** Encodes the answers to the definition's statements as a compact, versioned code (the current format). */
export function encodeShareCode(definition: Pick<AssessmentEdition, 'questions'>, answers: Answers): string {
  const packed = definition.questions
    .map((question) => {
      const response = answers[question.id];
      return response === undefined ? '0' : response === NOT_APPLICABLE ? NOT_APPLICABLE_CHAR : String(response);
    })
    .join('');
  return `${SHARE_CODE_VERSION}.${instrumentFingerprint(definition)}.${packed}`;
}

/** Unpacks version 1: two slots per character. Null when the text cannot be version-1 answers. */
function unpackVersion1(packed: string, count: number): (Response | undefined)[] | 'truncated' | null {
  const expectedLength = Math.ceil(count / 2);
  if (packed.length < expectedLength) return 'truncated';
  if (packed.length > expectedLength) return null;
  const slots = [...packed].flatMap((char) => {
    const index = ALPHABET.indexOf(char);
    return [Math.floor(index / PAIR_SLOTS), index % PAIR_SLOTS];
  });
  // An odd number of statements leaves one padding slot, which must be blank.
  if (slots.length > count && slots.at(-1) !== 0) return null;
  if (slots.some((slot) => slot < 0 || slot >= PAIR_SLOTS)) return null;
  return slots.slice(0, count).map((slot) => (slot === 0 ? undefined : (slot as Response)));
}

/** Unpacks version 2: one character per statement. */
function unpackVersion2(packed: string, count: number): (Response | undefined)[] | 'truncated' | null {
  if (packed.length < count) return 'truncated';
  if (packed.length > count || !/^[0-5n]+$/.test(packed)) return null;
  return [...packed].map((char) =>
    char === NOT_APPLICABLE_CHAR ? NOT_APPLICABLE : char === '0' ? undefined : (Number(char) as Response),
  );
}

const UNPACKERS: Record<number, (packed: string, count: number) => (Response | undefined)[] | 'truncated' | null> = {
  1: unpackVersion1,
  2: unpackVersion2,
};

/**
 * Decodes a code into answers and the edition they belong to, or an error value saying what is
 * wrong with it. `editions` are the current edition first, then the earlier ones kept for old links.
 */
export function decodeShareCode(
  editions: readonly AssessmentEdition[],
  code: unknown,
): Result<SharedResult, ShareCodeError> {
  if (typeof code !== 'string' || code.trim() === '') return err(error('empty'));
  const trimmed = code.trim();
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) return err(error('oversized'));

  const parts = z.safeParse(codePartsSchema, trimmed.split('.'));
  if (!parts.success) return err(error('malformed'));
  const [version, fingerprint, packed] = parts.data;
  if (Number(version) > SHARE_CODE_VERSION) return err(error('future-version'));
  const unpack = UNPACKERS[Number(version)];
  if (!unpack) return err(error('malformed'));
  const edition = editions.find((candidate) => instrumentFingerprint(candidate) === fingerprint);
  if (!edition) return err(error('other-edition'));

  const slots = unpack(packed, edition.questions.length);
  if (slots === 'truncated') return err(error('truncated'));
  if (slots === null) return err(error('malformed'));
  const answers: Record<string, Response> = {};
  edition.questions.forEach((question, index) => {
    const slot = slots[index];
    if (slot !== undefined) answers[question.id] = slot;
  });
  if (Object.keys(answers).length === 0) return err(error('empty'));
  return ok({ answers, edition });
}

/** The share code in a URL fragment such as `#r=…`, or undefined when there is none. */
export function shareCodeFromHash(hash: string): string | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment) return undefined;
  try {
    return new URLSearchParams(fragment).get(SHARE_PARAM) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads a pasted result link, a `#r=…` fragment or a bare code, and decodes it. */
export function decodeResultLink(
  editions: readonly AssessmentEdition[],
  text: string,
): Result<SharedResult, ShareCodeError> {
  const trimmed = text.trim();
  if (trimmed === '') return err(error('empty'));
  if (trimmed.length > MAX_SHARE_CODE_LENGTH * 20) return err(error('oversized'));
  const hashAt = trimmed.indexOf('#');
  if (hashAt >= 0) {
    const code = shareCodeFromHash(trimmed.slice(hashAt));
    return code === undefined ? err(error('not-a-link')) : decodeShareCode(editions, code);
  }
  if (/^[1-9][0-9]{0,2}\.[0-9a-z]/.test(trimmed)) return decodeShareCode(editions, trimmed);
  return err(error('not-a-link'));
}

/** The site-relative link that opens a shared result. */
export function shareLinkPath(code: string, base = '/assessment/'): string {
  return `${base}#${SHARE_PARAM}=${code}`;
}
