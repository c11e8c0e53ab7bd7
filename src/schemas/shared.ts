import { z } from 'zod';

/** A kebab-case identifier, used for every id and reference in content files. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** A non-empty line of prose, trimmed. */
export const proseSchema = z.string().trim().min(1, 'must not be empty');
