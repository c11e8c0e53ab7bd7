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
import { defineFragmentCodec, type FragmentError, type FragmentErrorKind } from '../fragment-codec';
import { err, ok, type Result } from '../result';
import { ASSESSMENT_PATH } from '../routes';

/** The code format this build writes; a higher version came from a newer build. */
export const SHARE_CODE_VERSION = 2;
/** Longer than any code these formats can produce for a 6 × 7 statement instrument, with room to grow. */
export const MAX_SHARE_CODE_LENGTH = 120;
/** The fragment parameter that holds a code. */
export const SHARE_PARAM = 'r';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const PAIR_SLOTS = 6; // version 1: 0 = blank, 1–5 = the scale
const NOT_APPLICABLE_CHAR = 'n';

export type ShareCodeErrorKind = FragmentErrorKind;
export type ShareCodeError = FragmentError;

/** A decoded link: the answers and the edition of the statements they answer. */
export interface SharedResult {
  answers: Answers;
  edition: AssessmentEdition;
}

type Unpacker = (packed: string, count: number) => (Response | undefined)[] | 'truncated' | null;

const codePartsSchema = z.tuple([
  z.string().check(z.regex(/^[1-9][0-9]{0,2}$/)),
  z.string().check(z.regex(/^[0-9a-z]{1,8}$/)),
  z.string().check(z.regex(/^[0-9a-z]+$/)),
]);

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
function unpackVersion1(packed: string, count: number): ReturnType<Unpacker> {
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
function unpackVersion2(packed: string, count: number): ReturnType<Unpacker> {
  if (packed.length < count) return 'truncated';
  if (packed.length > count || !/^[0-5n]+$/.test(packed)) return null;
  return [...packed].map((char) =>
    char === NOT_APPLICABLE_CHAR ? NOT_APPLICABLE : char === '0' ? undefined : (Number(char) as Response),
  );
}

/** Reads one published version's answers into the edition its fingerprint names. */
function readVersion(editions: readonly AssessmentEdition[], unpack: Unpacker) {
  return (body: string): Result<SharedResult, ShareCodeErrorKind> => {
    const [fingerprint = '', packed = ''] = body.split('.');
    const edition = editions.find((candidate) => instrumentFingerprint(candidate) === fingerprint);
    if (!edition) return err('other-edition');
    const slots = unpack(packed, edition.questions.length);
    if (slots === 'truncated') return err('truncated');
    if (slots === null) return err('malformed');
    const answers: Record<string, Response> = {};
    edition.questions.forEach((question, index) => {
      const slot = slots[index];
      if (slot !== undefined) answers[question.id] = slot;
    });
    if (Object.keys(answers).length === 0) return err('empty');
    return ok({ answers, edition });
  };
}

/** The result-link codec for these editions (current first, then the earlier ones kept for old links). */
function resultCodec(editions: readonly AssessmentEdition[]) {
  return defineFragmentCodec<SharedResult>({
    link: 'assessment-result',
    param: SHARE_PARAM,
    currentVersion: SHARE_CODE_VERSION,
    maxLength: MAX_SHARE_CODE_LENGTH,
    // The whole shape is checked before the version, so a damaged code reads as damaged.
    splitVersion: (code) => {
      const parts = z.safeParse(codePartsSchema, code.split('.'));
      if (!parts.success) return undefined;
      const [version, fingerprint, packed] = parts.data;
      return { version: Number(version), body: `${fingerprint}.${packed}` };
    },
    versions: { 1: readVersion(editions, unpackVersion1), 2: readVersion(editions, unpackVersion2) },
  });
}

const linkErrors = resultCodec([]);

/**
 * Decodes a code into answers and the edition they belong to, or an error value saying what is
 * wrong with it. `editions` are the current edition first, then the earlier ones kept for old links.
 */
export function decodeShareCode(
  editions: readonly AssessmentEdition[],
  code: unknown,
): Result<SharedResult, ShareCodeError> {
  return resultCodec(editions).decode(code);
}

/** The share code in a URL fragment such as `#r=…`, or undefined when there is none. */
export const shareCodeFromHash = linkErrors.codeFromHash;

/** Reads a pasted result link, a `#r=…` fragment or a bare code, and decodes it. */
export function decodeResultLink(
  editions: readonly AssessmentEdition[],
  text: string,
): Result<SharedResult, ShareCodeError> {
  const trimmed = text.trim();
  if (trimmed === '') return err(linkErrors.error('empty'));
  if (trimmed.length > MAX_SHARE_CODE_LENGTH * 20) return err(linkErrors.error('oversized'));
  const hashAt = trimmed.indexOf('#');
  if (hashAt >= 0) {
    const code = shareCodeFromHash(trimmed.slice(hashAt));
    return code === undefined ? err(linkErrors.error('not-a-link')) : decodeShareCode(editions, code);
  }
  if (/^[1-9][0-9]{0,2}\.[0-9a-z]/.test(trimmed)) return decodeShareCode(editions, trimmed);
  return err(linkErrors.error('not-a-link'));
}

/** The site-relative link that opens a shared result. */
export function shareLinkPath(code: string, base = ASSESSMENT_PATH): string {
  return `${base}#${SHARE_PARAM}=${code}`;
}
