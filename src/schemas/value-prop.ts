import { z } from 'zod';
import { proseSchema, slugSchema } from './shared';
import { FIELD_IDS, FIELD_MAX_CHARS, type RULE_IDS } from './value-prop-ids';

/** A word or phrase the check flags, with what to write instead. */
export const termWithFixSchema = z.object({
  /** The word or phrase, matched as whole words in any case; "world class" also matches "world-class". */
  term: proseSchema.max(60),
  /** One line on what to write instead. */
  fix: proseSchema.max(240),
});

/** One field of a step: how it is asked, hinted and illustrated. */
export const fieldGuideSchema = z.object({
  /** Which draft field this is; each field appears in exactly one step. */
  id: z.enum(FIELD_IDS),
  /** Short label on the input. */
  label: proseSchema.max(60),
  /** Two or three words shown in a gap in the output while the field is empty, e.g. "target customer". */
  gap: proseSchema.max(30),
  /** The question the field answers. */
  prompt: proseSchema.max(240),
  /** Where the answer lands in the positioning statement (e.g. "For …"); optional. */
  frame: proseSchema.max(60).optional(),
  /** One to four short hints. */
  hints: z.array(proseSchema.max(240)).min(1).max(4),
  /** A strong answer. */
  good: proseSchema.max(FIELD_MAX_CHARS),
  /** A weak answer of the kind people often write. */
  bad: proseSchema.max(FIELD_MAX_CHARS),
  /** Why the weak answer is weak, in a line. */
  badBecause: proseSchema.max(240),
  /** A several-line text box instead of a one-line input; default false. */
  multiline: z.boolean().default(false),
});

/** One guided step, following one of the four golden rules. */
export const stepSchema = z.object({
  /** Kebab-case id, used in the page's anchors. */
  id: slugSchema,
  /** Which golden rule (1–4) the step follows; each appears once. */
  rule: z.number().int().min(1).max(4),
  /** The step's question, as a heading. */
  title: proseSchema.max(80),
  /** A one- or two-word name for the step list. */
  short: proseSchema.max(24),
  /** Why this step matters, in two or three sentences. */
  why: proseSchema.max(600),
  /** Slug of the lesson that explains the rule. */
  lesson: slugSchema,
  /** The fields asked in this step. */
  fields: z.array(fieldGuideSchema).min(1),
});

/** content/value-prop/builder.yaml: the guided steps. */
export const builderSchema = z.object({
  kind: z.literal('builder'),
  /** A sentence or two above the steps. */
  intro: proseSchema.max(400),
  /** The four steps, in order. */
  steps: z.array(stepSchema).length(4),
});

/** What the page says about one rule of the language check. */
export const checkRuleSchema = z.object({
  /** Short name shown with each finding. */
  title: proseSchema.max(60),
  /** Why the rule matters, in a sentence. */
  explain: proseSchema.max(300),
  /** Slug of the lesson that explains it. */
  lesson: slugSchema,
});

/**
 * A sentence a finding shows, with `{name}` placeholders the check fills in: `{match}` (the word
 * as typed), `{matches}` (every word, quoted), `{words}`, `{max}`. Only `names` may appear.
 */
export function messageTemplateSchema(...names: string[]) {
  return proseSchema.max(400).superRefine((text, context) => {
    for (const [placeholder, name] of text.matchAll(/\{(\w*)\}/g)) {
      if (!names.includes(name ?? '')) {
        const allowed = names.length > 0 ? names.map((n) => `{${n}}`).join(', ') : 'none';
        context.addIssue({ code: 'custom', message: `unknown placeholder ${placeholder}; allowed: ${allowed}` });
      }
    }
  });
}

/** A finding's message and fix, with the placeholders the message may use. */
const findingTextSchema = (...names: string[]) =>
  z.object({ message: messageTemplateSchema(...names), fix: messageTemplateSchema() });

/** A message in the two forms a count needs: for exactly one match, and for any other number. */
const countedTemplateSchema = (...names: string[]) =>
  z.object({ one: messageTemplateSchema(...names), other: messageTemplateSchema(...names) });

/** A rule's entry: its title, explanation and lesson, and the words its findings show. */
const ruleEntry = <Messages extends z.ZodType>(messages: Messages) => checkRuleSchema.extend({ messages });

/** Every rule of the check, each with the messages its findings need. */
const checkRulesSchema = z.object({
  /** `phrase`: a listed company phrase (its fix comes from the list); `pronouns`: we/our/us. */
  'company-centric': ruleEntry(
    z.object({ phrase: messageTemplateSchema('match'), pronouns: findingTextSchema('matches') }),
  ),
  /** The fix comes from the jargon list. */
  jargon: ruleEntry(z.object({ message: messageTemplateSchema('match') })),
  /** The fix comes from the superlatives list. */
  superlative: ruleEntry(z.object({ message: messageTemplateSchema('match') })),
  /** `claims`: claim words with nothing checkable; `proof`: a proof with nothing checkable. */
  'unproven-claim': ruleEntry(
    z.object({
      claims: z.object({ message: countedTemplateSchema('matches'), fix: messageTemplateSchema() }),
      proof: findingTextSchema(),
    }),
  ),
  'long-sentence': ruleEntry(z.object({ message: messageTemplateSchema('words'), fix: messageTemplateSchema('max') })),
  everyone: ruleEntry(findingTextSchema('matches')),
  'feature-not-benefit': ruleEntry(findingTextSchema('matches')),
  'no-alternative': ruleEntry(findingTextSchema('matches')),
  'difference-without-proof': ruleEntry(findingTextSchema()),
} satisfies Record<(typeof RULE_IDS)[number], z.ZodType>);

/** A band of the customer's-eye rating. */
export const ratingBandSchema = z.object({
  /** Lowest score (0–100) in the band. */
  min: z.number().int().min(0).max(100),
  label: proseSchema.max(40),
  /** What the band means and what to do next. */
  description: proseSchema.max(300),
});

/** content/value-prop/language-check.yaml: rules, word lists and rating bands. */
export const languageCheckSchema = z.object({
  kind: z.literal('language-check'),
  /** One entry per rule of the check. */
  rules: checkRulesSchema,
  lists: z.object({
    /** Insider words a customer would not use. */
    jargon: z.array(termWithFixSchema).min(1),
    /** Claims anyone can make. */
    superlatives: z.array(termWithFixSchema).min(1),
    /** Phrases about the company rather than the customer. */
    companyCentric: z.array(termWithFixSchema).min(1),
    /** Phrases that make a target customer everyone, wherever they appear. */
    broadAudiences: z.array(proseSchema.max(60)).min(1),
    /** Groups too generic to be a target when they are the whole answer. */
    genericAudiences: z.array(proseSchema.max(60)).min(1),
    /** Openings that turn a benefit into a feature list ("has", "includes"). */
    featureOpeners: z.array(proseSchema.max(60)).min(1),
    /** Product parts; two or more in a benefit with no "you" make it a feature list. */
    featureNouns: z.array(proseSchema.max(60)).min(1),
    /** Answers that deny any alternative exists. */
    noAlternative: z.array(proseSchema.max(60)).min(1),
    /** Comparative claims that need a number or proof. */
    claimWords: z.array(proseSchema.max(60)).min(1),
  }),
  /** Rating bands; one must start at 0. */
  ratingBands: z
    .array(ratingBandSchema)
    .min(2)
    .refine((bands) => bands.some((band) => band.min === 0), 'one band must start at 0')
    .refine((bands) => new Set(bands.map((band) => band.min)).size === bands.length, 'each band needs its own min'),
});

/** Every field of a draft, filled in: what a worked example (or its before version) loads. */
const exampleFieldsSchema = z.object(
  Object.fromEntries(FIELD_IDS.map((id) => [id, proseSchema.max(FIELD_MAX_CHARS)])) as Record<
    (typeof FIELD_IDS)[number],
    typeof proseSchema
  >,
);

/** The same proposition before it was rewritten, so a reader can load both and compare. */
export const exampleBeforeSchema = z.object({
  /** What changed between the two versions, in a sentence or two. */
  note: proseSchema.max(400),
  /** The name the loaded before version gets. */
  draftName: proseSchema.max(80),
  /** Every field, as first written. */
  fields: exampleFieldsSchema,
});

/** A worked example, one per file: content/value-prop/example-<id>.yaml. */
export const exampleSchema = z.object({
  kind: z.literal('example'),
  /** Position in the list of examples; lower first. */
  order: z.number().int(),
  /** Who the example is about, as a card title. */
  title: proseSchema.max(80),
  /** One line describing the situation. */
  summary: proseSchema.max(240),
  /** What the example teaches: what to notice once it is loaded. */
  notice: proseSchema.max(400),
  /** The name the loaded draft gets. */
  draftName: proseSchema.max(80),
  /** Every field filled in; the version the language check passes. */
  fields: exampleFieldsSchema,
  /** The version before the rewrite, for a before-and-after example; optional. */
  before: exampleBeforeSchema.optional(),
});

/** Any file of the value-prop collection. */
export const valuePropFileSchema = z.discriminatedUnion('kind', [builderSchema, languageCheckSchema, exampleSchema]);

export type ValuePropFile = z.output<typeof valuePropFileSchema>;
export type BuilderContent = z.output<typeof builderSchema>;
export type StepContent = z.output<typeof stepSchema>;
export type FieldGuide = z.output<typeof fieldGuideSchema>;
export type LanguageCheckContent = z.output<typeof languageCheckSchema>;
export type CheckRule = z.output<typeof checkRuleSchema>;
export type ExampleContent = z.output<typeof exampleSchema>;
