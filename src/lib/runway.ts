// The editorial runway: how far ahead episodes are written. A build reports it rather than
// failing, because an empty schedule is an editor's to-do, not a broken site.
// No imports: scripts/build.ts runs this file directly with Node.

/** Fewer days than this between now and the last scheduled episode deserves a warning. */
export const RUNWAY_WARNING_DAYS = 14;

const DAY_MS = 86_400_000;

export interface Runway {
  /** One line for the build log: "3 episodes scheduled, the last on 2026-12-20". */
  message: string;
  /** True when less than RUNWAY_WARNING_DAYS of episodes are scheduled. */
  short: boolean;
}

/** Describes how far the scheduled episodes (publish dates as YYYY-MM-DD, any order) reach from `now`. */
export function describeRunway(scheduled: readonly string[], now: Date): Runway {
  if (scheduled.length === 0) {
    return { message: 'No episodes scheduled: the next one is not written yet.', short: true };
  }
  const last = [...scheduled].sort().at(-1)!;
  const count =
    scheduled.length === 1 ? '1 episode scheduled, on' : `${scheduled.length} episodes scheduled, the last on`;
  return {
    message: `${count} ${last}`,
    short: Date.parse(last) - now.getTime() < RUNWAY_WARNING_DAYS * DAY_MS,
  };
}
