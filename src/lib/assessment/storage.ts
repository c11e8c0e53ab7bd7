// Progress is saved in localStorage as the reader answers. What comes back out is untrusted:
// another tab, an older build or a browser extension may have written it.
import * as z from 'zod/mini';
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { AnswerValue, Answers } from './answers';
import { instrumentFingerprint } from './fingerprint';
import { fail, succeed, type Outcome, type ReadError } from './outcome';

/** The localStorage key for the reader's own progress. */
export const STORAGE_KEY = 'market-driven:assessment';
/** The saved-progress format this build writes. */
export const STORAGE_VERSION = 1;
/** Far more than a full set of answers takes; anything bigger is not ours. */
export const MAX_STORED_LENGTH = 20_000;

/** Where the reader is: their answers and the step they were on (the step count means "result"). */
export interface Progress {
  answers: Answers;
  step: number;
}

export type StorageErrorKind = 'corrupt' | 'outdated';
export type StorageError = ReadError<StorageErrorKind>;

const MESSAGES: Record<StorageErrorKind, string> = {
  corrupt: 'Your saved answers could not be read, so the assessment has started fresh.',
  outdated: 'Your saved answers were for an earlier version of the statements, so the assessment has started fresh.',
};

const storedSchema = z.object({
  version: z.int().check(z.minimum(1)),
  fingerprint: z.string().check(z.maxLength(16)),
  answers: z.record(z.string().check(z.maxLength(80)), z.int().check(z.minimum(1), z.maximum(5))),
  step: z.int().check(z.minimum(0)),
});

const error = (kind: StorageErrorKind): StorageError => ({ kind, message: MESSAGES[kind] });

/** The text to store for this progress. */
export function serializeProgress(definition: Pick<AssessmentDefinition, 'questions'>, progress: Progress): string {
  return JSON.stringify({
    version: STORAGE_VERSION,
    fingerprint: instrumentFingerprint(definition),
    answers: progress.answers,
    step: progress.step,
  });
}

/**
 * Reads stored progress: null when nothing was saved, an error value when it cannot be trusted.
 * The step is clamped to the definition's steps, so a shorter instrument never strands the reader.
 */
export function parseStoredProgress(
  definition: Pick<AssessmentDefinition, 'questions' | 'dimensions'>,
  raw: string | null | undefined,
): Outcome<Progress | null, StorageError> {
  if (raw === null || raw === undefined || raw === '') return succeed(null);
  if (raw.length > MAX_STORED_LENGTH) return fail(error('corrupt'));
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fail(error('corrupt'));
  }
  const parsed = z.safeParse(storedSchema, json);
  if (!parsed.success) {
    const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
    return fail(error(typeof version === 'number' && version !== STORAGE_VERSION ? 'outdated' : 'corrupt'));
  }
  const stored = parsed.data;
  if (stored.version !== STORAGE_VERSION || stored.fingerprint !== instrumentFingerprint(definition)) {
    return fail(error('outdated'));
  }
  const known = new Set(definition.questions.map((question) => question.id));
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(stored.answers)) {
    if (!known.has(id)) return fail(error('corrupt'));
    answers[id] = value as AnswerValue;
  }
  return succeed({ answers, step: Math.min(stored.step, definition.dimensions.length) });
}
