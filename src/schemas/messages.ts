// The reader-facing sentences kept in content/messages/*.yaml: what a lesson says about its story,
// what a page says when a link does not open, and the workshop page's words.
import { z } from 'zod';
import { placeholders, type Template } from './placeholders';

/** A sentence that must use exactly these placeholders (none when none are named). */
const template = <const Name extends string>(...names: Name[]) =>
  z
    .string()
    .min(1)
    .refine(
      (text) => {
        const used = placeholders(text);
        return used.length === names.length && names.every((name) => used.includes(name));
      },
      `must use exactly the placeholders ${names.length ? names.map((name) => `{${name}}`).join(', ') : '(none)'}`,
    )
    .transform((text) => text as Template<Name>);

export const storyMessagesSchema = z.strictObject({
  illustrative: template(),
  documented: template('credit'),
  credit: template('title', 'author'),
  creditTitleOnly: template('title'),
});

const linkErrors = z.strictObject({
  empty: template(),
  oversized: template(),
  malformed: template(),
  'future-version': template(),
  'other-edition': template(),
  truncated: template(),
  'not-a-link': template(),
});

export const linkMessagesSchema = z.strictObject({
  'assessment-result': linkErrors,
  'assessment-team': linkErrors,
  'value-prop-draft': linkErrors,
});

export const workshopMessagesSchema = z.strictObject({
  paste: z.strictObject({
    tooLong: template('megabytes', 'max'),
    tooManyLines: template('lines', 'max'),
    builderDraft: template(),
    sameResult: template('line'),
    sameAnswers: template('line'),
    overLimit: template('max'),
    empty: template(),
    noLinks: template(),
  }),
  invitation: z.strictObject({
    subject: template('minutes'),
    greeting: template(),
    request: template('statements', 'minutes'),
    howToAnswer: template(),
    howToReply: template(),
    thanks: template(),
  }),
  teamLinkLabel: template('length'),
});

export type StoryMessages = z.output<typeof storyMessagesSchema>;
export type LinkMessages = z.output<typeof linkMessagesSchema>;
export type WorkshopMessages = z.output<typeof workshopMessagesSchema>;
