import { z } from 'zod';
import { proseSchema, slugSchema } from './shared';

/** One topic, an entry of content/topics.yaml. */
export const topicSchema = z.object({
  /** Kebab-case id used by lessons' `topics`. */
  id: slugSchema,
  /** Display title. */
  title: proseSchema.max(60),
  /** One sentence on what lessons in this topic cover. */
  description: proseSchema.max(300),
});

export type TopicData = z.output<typeof topicSchema>;
