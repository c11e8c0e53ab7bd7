// Progress is saved in localStorage as the reader answers. What comes back out is untrusted:
// another tab, an older build or a browser extension may have written it. Progress saved with an
// earlier edition of the statements keeps the answers that still mean the same thing.
import * as z from 'zod/mini';
import type { AssessmentEdition } from '../../schemas/assessment';
import { NOT_APPLICABLE, type Answers, type Response } from './answers';
import { instrumentFingerprint } from './fingerprint';
import { err, ok, type ReadError, type Result } from '../result';
import { byCount } from '../plural';

/** The localStorage key for the reader's own progress. */
export const STORAGE_KEY = 'market-driven:assessment';
/** Where unreadable saved progress is copied before a fresh start, so nothing stored is lost. */
export const STORAGE_BACKUP_KEY = `${STORAGE_KEY}:backup`;
/** The saved-progress format this build writes (version 1 could not hold "doesn't apply"). */
export const STORAGE_VERSION = 2;
/** Far more than a full set of answers takes; anything bigger is not ours. */
export const MAX_STORED_LENGTH = 20_000;

/** Where the reader is: their answers and the step they were on (the step count means "result"). */
export interface Progress {
  answers: Answers;
  step: number;
}

/** Saved progress as read back, with a sentence for the page when some of it had to be reset. */
export interface RestoredProgress {
  progress: Progress;
  /** Set when the progress came from an earlier edition: what was kept and what was reset. */
  notice?: string;
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
  answers: z.record(
    z.string().check(z.maxLength(80)),
    z.union([z.int().check(z.minimum(1), z.maximum(5)), z.literal(NOT_APPLICABLE)]),
  ),
  step: z.int().check(z.minimum(0)),
});

const error = (kind: StorageErrorKind): StorageError => ({ kind, message: MESSAGES[kind] });

/** The text to store for this progress. */
export function serializeProgress(definition: Pick<AssessmentEdition, 'questions'>, progress: Progress): string {
  return JSON.stringify({
    version: STORAGE_VERSION,
    fingerprint: instrumentFingerprint(definition),
    answers: progress.answers,
    step: progress.step,
  });
}

/** What the page says after carrying progress over from an earlier edition: how many answers were kept and reset. */
export function carriedOverNotice(kept: number, reset: number): string {
  const answers = (count: number) => byCount(count, { one: 'one answer', other: `${count} answers` });
  if (kept === 0)
    return 'The statements have been rewritten since you saved your answers and none of them still fit, so the assessment has started fresh.';
  const resetText =
    reset === 0
      ? ''
      : byCount(reset, {
          one: ' One answer was to a statement that has changed, so it was reset.',
          other: ` ${reset} answers were to statements that have changed, so they were reset.`,
        });
  return `The statements have been improved since you saved your answers. We kept ${answers(kept)} to statements that did not change.${resetText} Changed and new statements are blank.`;
}

/**
 * Reads stored progress: null when nothing was saved, an error value when it cannot be trusted.
 * Progress from an earlier edition keeps each answer whose statement the current edition still asks
 * (same id, same dimension, same scoring direction) and says what was reset. The step is clamped,
 * and moves to the first step with a blank when anything was reset, so no reader is stranded.
 */
export function parseStoredProgress(
  current: AssessmentEdition,
  raw: string | null | undefined,
  earlier: readonly AssessmentEdition[] = [],
): Result<RestoredProgress | null, StorageError> {
  if (raw === null || raw === undefined || raw === '') return ok(null);
  if (raw.length > MAX_STORED_LENGTH) return err(error('corrupt'));
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return err(error('corrupt'));
  }
  const parsed = z.safeParse(storedSchema, json);
  if (!parsed.success) {
    const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
    return err(error(typeof version === 'number' && version > STORAGE_VERSION ? 'outdated' : 'corrupt'));
  }
  const stored = parsed.data;
  if (stored.version > STORAGE_VERSION) return err(error('outdated'));
  const edition = [current, ...earlier].find((candidate) => instrumentFingerprint(candidate) === stored.fingerprint);
  if (!edition) return err(error('outdated'));

  const asked = new Map(edition.questions.map((question) => [question.id, question]));
  for (const id of Object.keys(stored.answers)) if (!asked.has(id)) return err(error('corrupt'));
  const step = Math.min(stored.step, current.dimensions.length);
  if (edition === current) return ok({ progress: { answers: stored.answers as Answers, step } });

  const now = new Map(current.questions.map((question) => [question.id, question]));
  const answers: Record<string, Response> = {};
  let reset = 0;
  for (const [id, value] of Object.entries(stored.answers)) {
    const before = asked.get(id);
    const after = now.get(id);
    if (before && after && before.reverse === after.reverse && before.dimension === after.dimension) {
      answers[id] = value as Response;
    } else reset += 1;
  }
  const kept = Object.keys(answers).length;
  const firstBlank = current.dimensions.findIndex((dimension) =>
    current.questions.some((question) => question.dimension === dimension.id && answers[question.id] === undefined),
  );
  return ok({
    progress: { answers, step: firstBlank >= 0 ? Math.min(step, firstBlank) : step },
    notice: carriedOverNotice(kept, reset),
  });
}
