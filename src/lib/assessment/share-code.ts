// Share codes carry a respondent's answers in the URL fragment: `/assessment/#r=<code>`.
// Format `<version>.<fingerprint>.<answers>`: answers in definition order, 0 for blank, two
// answers per base-36 character (6 × 6 = 36), so 25 statements take 13 characters.
// Decoding never throws: every way a code can be wrong is a value with a message for the page.
import * as z from 'zod/mini';
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { AnswerValue, Answers } from './answers';
import { instrumentFingerprint } from './fingerprint';
import { fail, succeed, type Outcome, type ReadError } from './outcome';

/** The code format this build writes; a higher version came from a newer build. */
export const SHARE_CODE_VERSION = 1;
/** Longer than any code this format can produce for a 4 × 7 statement instrument, with room to grow. */
export const MAX_SHARE_CODE_LENGTH = 120;
/** The fragment parameter that holds a code. */
export const SHARE_PARAM = 'r';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const SLOTS = 6; // 0 = blank, 1–5 = the scale

export type ShareCodeErrorKind =
  'empty' | 'oversized' | 'malformed' | 'future-version' | 'other-edition' | 'truncated' | 'not-a-link';
export type ShareCodeError = ReadError<ShareCodeErrorKind>;

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
const slotsSchema = z.array(z.int().check(z.minimum(0), z.maximum(SLOTS - 1)));

const error = (kind: ShareCodeErrorKind): ShareCodeError => ({ kind, message: MESSAGES[kind] });

/** Encodes the answers to the definition's statements as a compact, versioned code. */
export function encodeShareCode(definition: Pick<AssessmentDefinition, 'questions'>, answers: Answers): string {
  const slots = definition.questions.map((question) => answers[question.id] ?? 0);
  let packed = '';
  for (let index = 0; index < slots.length; index += 2) {
    packed += ALPHABET[(slots[index] ?? 0) * SLOTS + (slots[index + 1] ?? 0)];
  }
  return `${SHARE_CODE_VERSION}.${instrumentFingerprint(definition)}.${packed}`;
}

/** Decodes a code into answers, or an error value saying what is wrong with it. */
export function decodeShareCode(
  definition: Pick<AssessmentDefinition, 'questions'>,
  code: unknown,
): Outcome<Answers, ShareCodeError> {
  if (typeof code !== 'string' || code.trim() === '') return fail(error('empty'));
  const trimmed = code.trim();
  if (trimmed.length > MAX_SHARE_CODE_LENGTH) return fail(error('oversized'));

  const parts = z.safeParse(codePartsSchema, trimmed.split('.'));
  if (!parts.success) return fail(error('malformed'));
  const [version, fingerprint, packed] = parts.data;
  if (Number(version) > SHARE_CODE_VERSION) return fail(error('future-version'));
  if (fingerprint !== instrumentFingerprint(definition)) return fail(error('other-edition'));

  const expectedLength = Math.ceil(definition.questions.length / 2);
  if (packed.length < expectedLength) return fail(error('truncated'));
  if (packed.length > expectedLength) return fail(error('malformed'));

  const unpacked = [...packed].flatMap((char) => {
    const index = ALPHABET.indexOf(char);
    return [Math.floor(index / SLOTS), index % SLOTS];
  });
  // An odd number of statements leaves one padding slot, which must be blank.
  if (unpacked.length > definition.questions.length && unpacked.at(-1) !== 0) return fail(error('malformed'));
  const slots = z.safeParse(slotsSchema, unpacked.slice(0, definition.questions.length));
  if (!slots.success) return fail(error('malformed'));

  const answers: Record<string, AnswerValue> = {};
  definition.questions.forEach((question, index) => {
    const slot = slots.data[index];
    if (slot) answers[question.id] = slot as AnswerValue;
  });
  if (Object.keys(answers).length === 0) return fail(error('empty'));
  return succeed(answers);
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
  definition: Pick<AssessmentDefinition, 'questions'>,
  text: string,
): Outcome<Answers, ShareCodeError> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(error('empty'));
  if (trimmed.length > MAX_SHARE_CODE_LENGTH * 20) return fail(error('oversized'));
  const hashAt = trimmed.indexOf('#');
  if (hashAt >= 0) {
    const code = shareCodeFromHash(trimmed.slice(hashAt));
    return code === undefined ? fail(error('not-a-link')) : decodeShareCode(definition, code);
  }
  if (/^[1-9][0-9]{0,2}\.[0-9a-z]/.test(trimmed)) return decodeShareCode(definition, trimmed);
  return fail(error('not-a-link'));
}

/** The site-relative link that opens a shared result. */
export function shareLinkPath(code: string, base = '/assessment/'): string {
  return `${base}#${SHARE_PARAM}=${code}`;
}
