import { z } from 'zod';
import { proseSchema, slugSchema } from './shared';

/** Points on the agreement scale: 1 = strongly disagree … 5 = strongly agree. */
export const SCALE_POINTS = 5;
/** Each dimension asks enough statements to be stable and few enough to stay quick. */
export const MIN_QUESTIONS_PER_DIMENSION = 3;
export const MAX_QUESTIONS_PER_DIMENSION = 6;
/**
 * How a dimension's points become a score. `balanced` (the current edition) averages the normal and
 * the reverse-scored statements separately, then the two halves, so answering style cancels out even
 * when some statements are skipped; `pooled` (edition 1) averages every answered statement together.
 */
export const SCORING_METHODS = ['balanced', 'pooled'] as const;
/** Scores run from 0 to this; bands must cover every whole number in between. */
export const MAX_SCORE = 100;

/** One point on the agreement scale. */
export const scalePointSchema = z.object({
  /** 1 (strongly disagree) to 5 (strongly agree). */
  value: z.number().int().min(1).max(SCALE_POINTS),
  /** What a reader sees next to the radio button. */
  label: proseSchema.max(40),
});

/** One thing the assessment measures. */
export const dimensionSchema = z.object({
  /** Kebab-case id, used by questions and by lessons' `dimensions`. */
  id: slugSchema,
  /** Display title, e.g. "Listening". */
  title: proseSchema.max(40),
  /** The question the dimension answers, shown above its statements. */
  asks: proseSchema.max(120),
  /** What the dimension means, in a sentence or two. */
  description: proseSchema.max(400),
  /** What the market-driven end looks like. */
  marketDriven: proseSchema.max(200),
  /** What the marketing-driven end looks like. */
  marketingDriven: proseSchema.max(200),
  /** What a score in each band means for this dimension, keyed by band id. */
  readings: z.record(slugSchema, proseSchema.max(400)),
  /** What a team should talk about first when its members disagree on this dimension. */
  talkAboutFirst: proseSchema.max(300),
  /** Lesson slugs to read for this dimension, best first. */
  lessons: z.array(slugSchema).min(1),
});

/** One statement on the agreement scale. */
export const questionSchema = z.object({
  /** Kebab-case id; never reuse an id for a different statement. */
  id: slugSchema,
  /** Id of the dimension it measures. */
  dimension: slugSchema,
  /** The statement a reader agrees or disagrees with. */
  statement: proseSchema.max(200),
  /** True when agreeing points to the marketing-driven end; default false. */
  reverse: z.boolean().default(false),
});

/** Two statements, one normal and one reverse-scored, that cannot both be true. */
export const pairSchema = z.tuple([slugSchema, slugSchema]);

/** A score range with what it means and what to do next. */
export const bandSchema = z.object({
  /** Kebab-case id, used as a key in each dimension's `readings`. */
  id: slugSchema,
  /** Lowest score in the band, inclusive. */
  min: z.number().int().min(0).max(MAX_SCORE),
  /** Highest score in the band, inclusive. */
  max: z.number().int().min(0).max(MAX_SCORE),
  /** Short name, e.g. "Market-driven". */
  label: proseSchema.max(40),
  /** What an overall score in this band means. */
  meaning: proseSchema.max(500),
  /** Two to four concrete next steps. */
  nextSteps: z.array(proseSchema.max(300)).min(2).max(4),
});

/** What the result says, before the score, when the answering style rather than the team may have set it. */
export const answeringStylesSchema = z.object({
  /** Most answers are the same point of the scale. `{answer}`, `{count}` and `{total}` are filled in. */
  'same-answer': proseSchema.max(600),
  /** Most answers agree, with the normal and the reverse-scored statements alike. */
  'agree-with-both': proseSchema.max(600),
  /** Most answers disagree, with the normal and the reverse-scored statements alike. */
  'disagree-with-both': proseSchema.max(600),
  /** Said instead of naming the weakest dimensions when a style was found. */
  noWeakest: proseSchema.max(300),
  /** The one next step shown instead of the band's when a style was found. */
  nextStep: proseSchema.max(300),
});

const definitionShape = {
  /** The instrument's edition, 1, 2, …; raised whenever statements are added, removed or re-keyed. */
  version: z.number().int().min(1),
  /** How dimension scores are computed (see SCORING_METHODS); default balanced. */
  scoring: z.enum(SCORING_METHODS).default('balanced'),
  /** Display title of the assessment. */
  title: proseSchema.max(120),
  /** A few sentences shown above the questions, including who "we" is. */
  intro: proseSchema.max(700),
  /** The agreement scale, values 1 to 5 in order. */
  scale: z.array(scalePointSchema).length(SCALE_POINTS),
  /** Label of the choice that leaves a statement out of the score; absent in edition 1, which had none. */
  notApplicable: proseSchema.max(40).optional(),
  /** What the result says about answering styles; the current edition's texts are used for every edition. */
  answeringStyles: answeringStylesSchema.optional(),
  /** The dimensions, in the order they are asked. */
  dimensions: z.array(dimensionSchema).min(1),
  /** The statements, in the order they are asked (and encoded in share links). */
  questions: z.array(questionSchema).min(1),
  /** Paired statements that cannot both be true, checked for contradictory answers; default none. */
  pairs: z.array(pairSchema).default([]),
  /** Score bands from 0 to 100, lowest first, with no gaps or overlaps. */
  bands: z.array(bandSchema).min(2),
};

type DefinitionInput = z.output<z.ZodObject<typeof definitionShape>>;
type Issue = (path: (string | number)[], message: string) => void;

/** Any edition of the instrument, current or kept for reading old links (content/assessment/earlier/). */
export const assessmentEditionSchema = z.object(definitionShape).superRefine((definition, context) => {
  checkDefinition(definition, (path, message) => context.addIssue({ code: 'custom', path, message }));
});

/** The current instrument, content/assessment/market-driven.yaml: an edition that is also style-neutral. */
export const assessmentSchema = z
  .object({
    ...definitionShape,
    scoring: z.literal('balanced').default('balanced'),
    notApplicable: proseSchema.max(40),
    answeringStyles: answeringStylesSchema,
  })
  .superRefine((definition, context) => {
    const issue: Issue = (path, message) => context.addIssue({ code: 'custom', path, message });
    checkDefinition(definition, issue);
    checkBalance(definition, issue);
  });

/**
 * Every dimension has as many reverse-scored statements as normal ones, so a respondent who
 * answers every statement the same way lands on the midpoint whatever the value.
 */
function checkBalance(definition: DefinitionInput, issue: Issue): void {
  definition.dimensions.forEach((dimension, index) => {
    const questions = definition.questions.filter((question) => question.dimension === dimension.id);
    const reverse = questions.filter((question) => question.reverse).length;
    if (questions.length > 0 && reverse * 2 !== questions.length) {
      issue(
        ['dimensions', index, 'id'],
        `dimension "${dimension.id}" has ${questions.length - reverse} normal and ${reverse} reverse-scored statements; it needs as many of each`,
      );
    }
  });
}

function checkDefinition(definition: DefinitionInput, issue: Issue): void {
  definition.scale.forEach((point, index) => {
    if (point.value !== index + 1)
      issue(['scale', index, 'value'], `must be ${index + 1}: the scale runs 1 to 5 in order`);
  });

  const dimensionIds = new Set<string>();
  definition.dimensions.forEach((dimension, index) => {
    if (dimensionIds.has(dimension.id)) issue(['dimensions', index, 'id'], `duplicate dimension id "${dimension.id}"`);
    dimensionIds.add(dimension.id);
  });

  const questionsById = new Map<string, z.output<typeof questionSchema>>();
  definition.questions.forEach((question, index) => {
    if (questionsById.has(question.id)) issue(['questions', index, 'id'], `duplicate question id "${question.id}"`);
    questionsById.set(question.id, question);
    if (!dimensionIds.has(question.dimension)) {
      issue(
        ['questions', index, 'dimension'],
        `unknown dimension "${question.dimension}" (known: ${[...dimensionIds].join(', ')})`,
      );
    }
  });

  definition.dimensions.forEach((dimension, index) => {
    const questions = definition.questions.filter((question) => question.dimension === dimension.id);
    if (questions.length < MIN_QUESTIONS_PER_DIMENSION || questions.length > MAX_QUESTIONS_PER_DIMENSION) {
      issue(
        ['dimensions', index, 'id'],
        `dimension "${dimension.id}" has ${questions.length} statements; it needs ${MIN_QUESTIONS_PER_DIMENSION} to ${MAX_QUESTIONS_PER_DIMENSION}`,
      );
    }
    if (questions.length > 0 && questions.every((question) => !question.reverse)) {
      issue(['dimensions', index, 'id'], `dimension "${dimension.id}" needs at least one reverse-scored statement`);
    }
    const bandIds = definition.bands.map((band) => band.id);
    for (const bandId of bandIds) {
      if (!(bandId in dimension.readings))
        issue(['dimensions', index, 'readings', bandId], `missing the reading for band "${bandId}"`);
    }
    for (const key of Object.keys(dimension.readings)) {
      if (!bandIds.includes(key))
        issue(['dimensions', index, 'readings', key], `unknown band "${key}" (known: ${bandIds.join(', ')})`);
    }
  });

  const paired = new Set<string>();
  definition.pairs.forEach(([first, second], index) => {
    const a = questionsById.get(first);
    const b = questionsById.get(second);
    if (!a) issue(['pairs', index, 0], `unknown question "${first}"`);
    if (!b) issue(['pairs', index, 1], `unknown question "${second}"`);
    if (first === second) issue(['pairs', index], 'a statement cannot be paired with itself');
    if (a && b && a.dimension !== b.dimension)
      issue(['pairs', index], `"${first}" and "${second}" measure different dimensions`);
    if (a && b && a.reverse === b.reverse)
      issue(['pairs', index], `"${first}" and "${second}" are scored the same way; a pair needs one of each`);
    for (const id of [first, second]) {
      if (paired.has(id)) issue(['pairs', index], `"${id}" is already in another pair`);
      paired.add(id);
    }
  });

  let expectedMin = 0;
  definition.bands.forEach((band, index) => {
    if (band.min !== expectedMin)
      issue(
        ['bands', index, 'min'],
        `must be ${expectedMin}: bands run from 0 to ${MAX_SCORE} without gaps or overlaps`,
      );
    if (band.max < band.min) issue(['bands', index, 'max'], 'must not be below min');
    expectedMin = band.max + 1;
  });
  const last = definition.bands.at(-1);
  if (last && last.max !== MAX_SCORE)
    issue(['bands', definition.bands.length - 1, 'max'], `the last band must end at ${MAX_SCORE}`);
  const bandIds = new Set<string>();
  definition.bands.forEach((band, index) => {
    if (bandIds.has(band.id)) issue(['bands', index, 'id'], `duplicate band id "${band.id}"`);
    bandIds.add(band.id);
  });
}

/** The current instrument. */
export type AssessmentDefinition = z.output<typeof assessmentSchema>;
/** Any edition, current or earlier: what scoring and share codes work with. */
export type AssessmentEdition = z.output<typeof assessmentEditionSchema>;
export type AssessmentDimension = z.output<typeof dimensionSchema>;
export type AssessmentQuestion = z.output<typeof questionSchema>;
