// Scoring is pure so the result page, the compare page and the tests share one definition of it.
// The rules are written up for editors in docs/assessment-scoring.md.
import type { AssessmentEdition, AssessmentQuestion } from '../../schemas/assessment';
import { MAX_POINTS, NOT_APPLICABLE, pointsFor, scaleValue, type AnswerValue, type Answers } from './answers';
import { detectAnsweringStyle, type AnsweringStyle } from './answering-style';
import { bandFor } from '../bands';

/** Two paired answers this far apart (in points, after reverse scoring) contradict each other. */
export const CONTRADICTION_GAP = 3;
/** How many of the weakest dimensions get lesson recommendations. */
export const WEAKEST_COUNT = 2;
/** A balanced dimension needs answers on the scale to at least this share of its statements. */
export const MIN_ANSWERED_SHARE = 0.5;

/** One dimension's score. */
export interface DimensionScore {
  dimensionId: string;
  /** 0–100, or null when there are not enough answers on the scale to score it. */
  score: number | null;
  /** Statements answered on the scale (1–5). */
  answered: number;
  /** Statements marked "doesn't apply / don't know". */
  notApplicable: number;
  total: number;
  /** The band the dimension's own score falls in, or null when unscored. */
  bandId: string | null;
}

/** Two paired statements answered in opposite directions. */
export interface Contradiction {
  dimensionId: string;
  questionIds: readonly [string, string];
  values: readonly [AnswerValue, AnswerValue];
}

/** Why no dimension is named the weakest, when none is. */
export type WeakestWithheld = 'answering-style' | 'no-difference';

/** Everything the result page shows, computed from a definition and answers. */
export interface AssessmentResult {
  /** One entry per dimension, in definition order. */
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions' scores, 0–100, or null when no dimension could be scored. */
  overall: number | null;
  bandId: string | null;
  /** Statements answered on the scale. */
  answered: number;
  /** Statements marked "doesn't apply / don't know". */
  notApplicable: number;
  total: number;
  /** True when every statement has a response, "doesn't apply" included. */
  complete: boolean;
  /** Dimensions without enough answers to score, left out of the overall score. */
  unscoredDimensionIds: string[];
  contradictions: Contradiction[];
  /** The answering style that may have set the score, named before it; null when none. */
  answeringStyle: AnsweringStyle | null;
  /** The lowest-scoring dimensions, lowest first; ties keep definition order. Empty when withheld. */
  weakestDimensionIds: string[];
  /** Why `weakestDimensionIds` is empty although dimensions were scored; null otherwise. */
  weakestWithheld: WeakestWithheld | null;
}

/**
 * A dimension's exact score, 0–100, or null when it has too few answers on the scale.
 * Balanced: the mean points of its normal statements and of its reverse-scored ones, averaged, so
 * answering every statement alike gives 50 even when some are skipped; each side needs an answer.
 * Pooled (edition 1): the mean points of every answered statement.
 */
export function dimensionExactScore(
  scoring: AssessmentEdition['scoring'],
  questions: readonly AssessmentQuestion[],
  answers: Answers,
): number | null {
  const sides = { normal: [] as number[], reverse: [] as number[] };
  for (const question of questions) {
    const value = scaleValue(answers, question.id);
    if (value !== undefined) sides[question.reverse ? 'reverse' : 'normal'].push(pointsFor(question, value));
  }
  const mean = (points: number[]) => points.reduce((sum, value) => sum + value, 0) / points.length;
  const answered = sides.normal.length + sides.reverse.length;
  if (scoring === 'pooled')
    return answered === 0 ? null : (mean([...sides.normal, ...sides.reverse]) / MAX_POINTS) * 100;
  if (sides.normal.length === 0 || sides.reverse.length === 0) return null;
  if (answered < questions.length * MIN_ANSWERED_SHARE) return null;
  return ((mean(sides.normal) + mean(sides.reverse)) / 2 / MAX_POINTS) * 100;
}

/** Scores each dimension 0–100, the overall mean, its band, contradictions, answering style and the weakest dimensions. */
export function scoreAssessment(definition: AssessmentEdition, answers: Answers): AssessmentResult {
  const exactScores = new Map<string, number>();
  const dimensions = definition.dimensions.map((dimension): DimensionScore => {
    const questions = definition.questions.filter((question) => question.dimension === dimension.id);
    const answered = questions.filter((question) => scaleValue(answers, question.id) !== undefined).length;
    const notApplicable = questions.filter((question) => answers[question.id] === NOT_APPLICABLE).length;
    const exact = dimensionExactScore(definition.scoring, questions, answers);
    const base = { dimensionId: dimension.id, answered, notApplicable, total: questions.length };
    if (exact === null) return { ...base, score: null, bandId: null };
    exactScores.set(dimension.id, exact);
    const score = Math.round(exact);
    return { ...base, score, bandId: bandFor(definition.bands, score).id };
  });

  // Each dimension weighs the same in the overall score, however many statements it has.
  const exact = [...exactScores.values()];
  const overall = exact.length ? Math.round(exact.reduce((sum, value) => sum + value, 0) / exact.length) : null;
  const answered = dimensions.reduce((sum, dimension) => sum + dimension.answered, 0);
  const notApplicable = dimensions.reduce((sum, dimension) => sum + dimension.notApplicable, 0);
  const answeringStyle = detectAnsweringStyle(definition, answers);

  const ranked = dimensions
    .filter((dimension) => dimension.score !== null)
    .map((dimension, order) => ({ dimension, order, exact: exactScores.get(dimension.dimensionId) ?? 0 }))
    .sort((a, b) => a.exact - b.exact || a.order - b.order);
  // A "weakest" dimension must be weaker than something: not chosen by answering style or by ties.
  const weakestWithheld: WeakestWithheld | null =
    ranked.length === 0
      ? null
      : answeringStyle
        ? 'answering-style'
        : ranked[0]?.dimension.score === ranked.at(-1)?.dimension.score
          ? 'no-difference'
          : null;

  return {
    dimensions,
    overall,
    bandId: overall === null ? null : bandFor(definition.bands, overall).id,
    answered,
    notApplicable,
    total: definition.questions.length,
    complete: answered + notApplicable === definition.questions.length,
    unscoredDimensionIds: dimensions
      .filter((dimension) => dimension.score === null)
      .map((dimension) => dimension.dimensionId),
    contradictions: findContradictions(definition, answers),
    answeringStyle,
    weakestDimensionIds: weakestWithheld
      ? []
      : ranked.slice(0, WEAKEST_COUNT).map(({ dimension }) => dimension.dimensionId),
    weakestWithheld,
  };
}

/** Paired statements whose answers sit at least CONTRADICTION_GAP points apart once reverse scoring is applied. */
export function findContradictions(definition: AssessmentEdition, answers: Answers): Contradiction[] {
  const questions = new Map(definition.questions.map((question) => [question.id, question]));
  const found: Contradiction[] = [];
  for (const [firstId, secondId] of definition.pairs) {
    const first = questions.get(firstId);
    const second = questions.get(secondId);
    const firstValue = scaleValue(answers, firstId);
    const secondValue = scaleValue(answers, secondId);
    if (!first || !second || firstValue === undefined || secondValue === undefined) continue;
    if (Math.abs(pointsFor(first, firstValue) - pointsFor(second, secondValue)) >= CONTRADICTION_GAP) {
      found.push({ dimensionId: first.dimension, questionIds: [firstId, secondId], values: [firstValue, secondValue] });
    }
  }
  return found;
}
