// Search queries as readers type them: trimmed, capped, and "episode 12" understood. Pure.
import { singleLine } from '../single-line';

/** Longer queries are cut here: nobody searches with a paragraph, and Pagefind slows on huge input. */
export const MAX_QUERY_LENGTH = 200;

/** The query to send: whitespace collapsed, control characters removed, capped in length. */
export function normalizeQuery(raw: string): string {
  return singleLine(raw, MAX_QUERY_LENGTH);
}

/** 12 for "episode 12", "Episode #12", "ep. 12" or "#12"; undefined for anything else. */
export function episodeNumberFromQuery(query: string): number | undefined {
  const match = /^(?:(?:episode|ep\.?)\s*#?\s*|#\s*)(\d{1,4})$/i.exec(query.trim());
  if (!match) return undefined;
  const episode = Number(match[1]);
  return episode > 0 ? episode : undefined;
}
