// Reader progress kept in localStorage: which lessons are read and when the reader last came.
// Pure apart from the Storage passed in; hand-validated (no zod) to keep the page script small.
import { readStored, removeStored, writeStored, type StorageLike } from './versioned-storage';

/** The localStorage key; the value carries a version so a future format can migrate it. */
export const PROGRESS_KEY = 'market-driven:progress';
export const PROGRESS_VERSION = 1;
/** Visits closer together than this are one visit, so "new" badges survive clicking around. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

/** What the browser remembers for one reader. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Lesson slug → ISO time it was marked read. */
  read: Record<string, string>;
  /** ISO time of the latest page view. */
  lastSeen?: string | undefined;
  /** ISO time of the previous visit: lessons published after it are "new". */
  previousVisit?: string | undefined;
}

/** A reader who has read nothing yet. */
export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, read: {} });

const SLUG = /^[a-z0-9][a-z0-9-]{0,200}$/;
const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads stored progress; anything malformed or from another version is discarded as a whole. */
export function parseProgress(raw: string | null | undefined): { progress: Progress; discarded: boolean } {
  if (raw == null || raw === '') return { progress: emptyProgress(), discarded: false };
  try {
    const value: unknown = JSON.parse(raw);
    if (
      isRecord(value) &&
      value['version'] === PROGRESS_VERSION &&
      isRecord(value['read']) &&
      Object.entries(value['read']).every(([slug, at]) => SLUG.test(slug) && isIsoTime(at)) &&
      (value['lastSeen'] === undefined || isIsoTime(value['lastSeen'])) &&
      (value['previousVisit'] === undefined || isIsoTime(value['previousVisit']))
    ) {
      const progress: Progress = { version: PROGRESS_VERSION, read: { ...(value['read'] as Record<string, string>) } };
      if (value['lastSeen'] !== undefined) progress.lastSeen = value['lastSeen'] as string;
      if (value['previousVisit'] !== undefined) progress.previousVisit = value['previousVisit'] as string;
      return { progress, discarded: false };
    }
  } catch {
    // Not JSON: fall through to the reset.
  }
  return { progress: emptyProgress(), discarded: true };
}

/** True when the reader has marked (or finished) the lesson. */
export const isRead = (progress: Progress, slug: string): boolean => Object.hasOwn(progress.read, slug);

/** Progress with the lesson marked read now (an earlier mark keeps its date). */
export function markRead(progress: Progress, slug: string, now: Date): Progress {
  if (isRead(progress, slug)) return progress;
  return { ...progress, read: { ...progress.read, [slug]: now.toISOString() } };
}

/** Progress with the lesson's read mark removed. */
export function markUnread(progress: Progress, slug: string): Progress {
  const { [slug]: _removed, ...read } = progress.read;
  return { ...progress, read };
}

/** Records a page view; a view after a long enough gap starts a new visit. */
export function recordVisit(progress: Progress, now: Date, gapMs = VISIT_GAP_MS): Progress {
  const last = progress.lastSeen ? Date.parse(progress.lastSeen) : undefined;
  const newVisit = last !== undefined && now.getTime() - last >= gapMs;
  return {
    ...progress,
    lastSeen: now.toISOString(),
    previousVisit: newVisit ? progress.lastSeen : progress.previousVisit,
  };
}

/** True when the lesson came out after the reader's previous visit (never on a first visit). */
export function isNewSinceLastVisit(progress: Progress, publishDate: Date): boolean {
  return progress.previousVisit !== undefined && publishDate.getTime() > Date.parse(progress.previousVisit);
}

/**
 * The episode to continue with: the first unread one after the furthest episode read, else the
 * earliest unread. Undefined when the reader has read none (nothing to continue) or all.
 */
export function nextUnread<T extends { slug: string }>(
  episodesInOrder: readonly T[],
  progress: Progress,
): T | undefined {
  const readIndexes = episodesInOrder.flatMap((episode, index) => (isRead(progress, episode.slug) ? [index] : []));
  if (readIndexes.length === 0) return undefined;
  const furthest = Math.max(...readIndexes);
  const unread = (episode: T) => !isRead(progress, episode.slug);
  return episodesInOrder.slice(furthest + 1).find(unread) ?? episodesInOrder.find(unread);
}

/** The minimal Storage surface, so tests can pass a fake and private modes can throw. */
export type ProgressStorage = StorageLike;

/** Where unreadable progress is kept, so a reset never loses what was stored. */
export const PROGRESS_BACKUP_KEY = `${PROGRESS_KEY}:backup`;

/** Loads progress; corrupt data is copied aside and removed, so the reader simply starts fresh. */
export function loadProgress(storage: ProgressStorage | undefined): Progress {
  const read = readStored(storage, PROGRESS_KEY);
  if (!read.ok) return emptyProgress();
  const { progress, discarded } = parseProgress(read.value);
  if (discarded && read.value !== null && writeStored(storage, PROGRESS_BACKUP_KEY, read.value).ok) {
    removeStored(storage, PROGRESS_KEY);
  }
  return progress;
}

/** Saves progress; returns false when the browser refuses (quota, private mode). */
export function saveProgress(storage: ProgressStorage | undefined, progress: Progress): boolean {
  return writeStored(storage, PROGRESS_KEY, JSON.stringify(progress)).ok;
}
