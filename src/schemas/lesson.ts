import { z } from 'zod';
import { proseSchema, slugSchema } from './shared';

/** Longest summary that still fits a search result or a link preview. */
export const SUMMARY_MAX_CHARS = 160;
/** A boss brief is one or two sentences a reader pastes into an e-mail. */
export const BOSS_BRIEF_MAX_CHARS = 320;

/** A work whose ideas the lesson uses, credited by title and author. */
export const sourceSchema = z.object({
  /** Title of the article, book or talk. */
  title: proseSchema,
  /** Author or publisher, as credited. */
  author: proseSchema,
  /** Where to read it; optional because some sources are books. */
  url: z.url({ protocol: /^https?$/ }).optional(),
});

/** A video hosted by a provider, shown as a click-to-load facade. */
const hostedVideoSchema = z.object({
  provider: z.enum(['youtube', 'vimeo']),
  /** The provider's video id. */
  id: z.string().regex(/^[A-Za-z0-9_-]{4,40}$/, 'must be the provider video id, not a URL'),
  /** Link to the captions or transcript; optional. */
  captionsUrl: z.url().optional(),
});

/** A video file served by the site, with a WebVTT captions track. */
const fileVideoSchema = z.object({
  provider: z.literal('file'),
  /** Site-relative or absolute URL of the video file. */
  src: z.string().min(1),
  /** WebVTT captions; required so a video is never without them. */
  captionsUrl: z.string().min(1),
  /** MIME type of the file; default video/mp4. */
  type: z.string().default('video/mp4'),
});

/** Optional video version of the lesson. */
export const videoSchema = z.discriminatedUnion('provider', [hostedVideoSchema, fileVideoSchema]);

/**
 * What kind of story the lesson tells. An illustrative example is made up to show the idea and is
 * labelled so wherever the lesson appears; a documented one is a real case, credited to one of the
 * lesson's sources by its exact title.
 */
export const exampleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('illustrative') }),
  z.object({
    kind: z.literal('documented'),
    /** Title of the entry in `sources` that documents the case. */
    source: proseSchema,
  }),
]);

/** Frontmatter of one episode in content/lessons/<slug>.mdx. */
export const lessonSchema = z.object({
  /** The episode's title, as a reader sees it. */
  title: proseSchema.max(120),
  /** Position in its series: a positive integer, unique within the series. */
  episode: z.number().int().positive(),
  /** Id of the series (content/series/<id>.yaml). */
  series: slugSchema,
  /** The Sunday it goes public; a future date keeps it out of the site until then. */
  publishDate: z.coerce.date(),
  /** Last meaningful revision; optional. */
  updatedDate: z.coerce.date().optional(),
  /** What a correction changed, shown beside the updated date; optional, and set only with updatedDate. */
  correction: proseSchema.max(400).optional(),
  /** Drafts never publish; default false. */
  draft: z.boolean().default(false),
  /** One line for lists, feeds and previews. */
  summary: proseSchema.max(SUMMARY_MAX_CHARS),
  /** One or two sentences a reader can paste to a boss. */
  bossBrief: proseSchema.max(BOSS_BRIEF_MAX_CHARS),
  /** Three to five things to remember. */
  takeaways: z.array(proseSchema).min(3).max(5),
  /** Questions for a team meeting. */
  discussion: z.array(proseSchema).min(1).max(5),
  /** Topic ids (content/topics.yaml). */
  topics: z.array(slugSchema).min(1),
  /** Assessment dimension ids this lesson helps with; default none. */
  dimensions: z.array(slugSchema).default([]),
  /** Slugs of related lessons; default none. */
  related: z.array(slugSchema).default([]),
  /** Works whose ideas the lesson uses. */
  sources: z.array(sourceSchema).min(1),
  /** The kind of example the lesson tells: made up to illustrate, or documented with its source. */
  example: exampleSchema,
  /** Subject line for the share e-mail when the title makes a poor one; default the title. */
  emailSubject: proseSchema.max(120).optional(),
  /** Optional video version. */
  video: videoSchema.optional(),
});

export type LessonData = z.output<typeof lessonSchema>;
export type LessonSource = z.output<typeof sourceSchema>;
export type LessonExample = z.output<typeof exampleSchema>;
export type LessonVideo = z.output<typeof videoSchema>;
