import { z } from 'zod';

/**
 * What a production build records about itself in `/build.json`: the "now" its publishing rules
 * used and the dates of the episodes it held back. The build report and the browser tests read it
 * back, so they agree with the build whatever the calendar says.
 */
export const buildInfoSchema = z.object({
  /** The build's "now", ISO 8601. */
  now: z.iso.datetime(),
  /** Publish dates (YYYY-MM-DD) of the scheduled episodes, soonest first. */
  scheduled: z.array(z.iso.date()),
});

export type BuildInfo = z.output<typeof buildInfoSchema>;
