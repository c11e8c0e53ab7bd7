import { z } from 'zod';
import { proseSchema, slugSchema } from './shared';

/** One series, from content/series/<id>.yaml. */
export const seriesSchema = z.object({
  /** Display title. */
  title: proseSchema.max(80),
  /** One or two sentences on what the series teaches. */
  description: proseSchema.max(400),
  /** How episodes arrive: weekly (every Sunday) or a finite mini-series. */
  cadence: z.enum(['weekly', 'mini-series']),
  /** Sort order on the home page; lower first; default 0. */
  order: z.number().int().default(0),
  /**
   * A curated reading order for newcomers, as lesson slugs; optional. Every slug must name a lesson
   * (checked at build); lessons not yet published are skipped until they are.
   */
  startHere: z.array(slugSchema).min(1).optional(),
  /** Where the series leads when it ends (a site path); optional. */
  leadsTo: z.object({ label: proseSchema, href: z.string().startsWith('/') }).optional(),
});

export type SeriesData = z.output<typeof seriesSchema>;
