// Scoring is pure so the result page, the compare page and the tests share one definition of it.
// The rules are written up for editors in docs/assessment-scoring.md.
import type { AssessmentBand, AssessmentDefinition } from '../../schemas/assessment';
import { MAX_POINTS, pointsFor, type AnswerValue, type Answers } from './answers';

/** Two paired answers this far apart (in points, after reverse scoring) contradict each other. */
export const CONTRADICTION_GAP = 3;
/** How many of the weakest dimensions get lesson recommendations. */
export const WEAKEST_COUNT = 2;

/** One dimension's score. */
export interface DimensionScore {
  dimensionId: string;
  /** 0–100, or null when none of its statements were answered. */
  score: number | null;
  answered: number;
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

/** Everything the result page shows, computed from a definition and answers. */
export interface AssessmentResult {
  /** One entry per dimension, in definition order. */
  dimensions: DimensionScore[];
  /** Mean of the scored dimensions' scores, 0–100, or null when nothing was answered. */
  overall: number | null;
  bandId: string | null;
  answered: number;
  total: number;
  /** True when every statement was answered. */
  complete: boolean;
  /** Dimensions left out of the overall score because none of their statements were answered. */
  unscoredDimensionIds: string[];
  contradictions: Contradiction[];
  /** The lowest-scoring dimensions, lowest first; ties keep definition order. */
  weakestDimensionIds: string[];
}

/** The band whose range contains the score; scores outside 0–100 are clamped. */
export function bandFor(bands: readonly AssessmentBand[], score: number): AssessmentBand {
  const rounded = Math.round(score);
  const found = bands.find((band) => rounded >= band.min && rounded <= band.max);
  if (found) return found;
  // The schema guarantees bands cover 0–100, so only an out-of-range score gets here.
  const edge = rounded < 0 ? bands[0] : bands.at(-1);
  if (!edge) throw new Error('an assessment needs at least one band');
  return edge;
}

/** Scores each dimension 0–100, the overall mean, its band, contradictions and the weakest dimensions. */
export function scoreAssessment(definition: AssessmentDefinition, answers: Answers): AssessmentResult {
  const exactScores = new Map<string, number>();
  const dimensions = definition.dimensions.map((dimension): DimensionScore => {
    const questions = definition.questions.filter((question) => question.dimension === dimension.id);
    let points = 0;
    let answered = 0;
    for (const question of questions) {
      const value = answers[question.id];
      if (value === undefined) continue;
      points += pointsFor(question, value);
      answered += 1;
    }
    if (answered === 0)
      return { dimensionId: dimension.id, score: null, answered, total: questions.length, bandId: null };
    const exact = (points / (answered * MAX_POINTS)) * 100;
    exactScores.set(dimension.id, exact);
    const score = Math.round(exact);
    return {
      dimensionId: dimension.id,
      score,
      answered,
      total: questions.length,
      bandId: bandFor(definition.bands, score).id,
    };
  });

  // Each dimension weighs the same in the overall score, however many statements it has.
  const exact = [...exactScores.values()];
  const overall = exact.length ? Math.round(exact.reduce((sum, value) => sum + value, 0) / exact.length) : null;
  const answered = dimensions.reduce((sum, dimension) => sum + dimension.answered, 0);

  return {
    dimensions,
    overall,
    bandId: overall === null ? null : bandFor(definition.bands, overall).id,
    answered,
    total: definition.questions.length,
    complete: answered === definition.questions.length,
    unscoredDimensionIds: dimensions
      .filter((dimension) => dimension.score === null)
      .map((dimension) => dimension.dimensionId),
    contradictions: findContradictions(definition, answers),
    weakestDimensionIds: dimensions
      .filter((dimension) => dimension.score !== null)
      .map((dimension, order) => ({ dimension, order, exact: exactScores.get(dimension.dimensionId) ?? 0 }))
      .sort((a, b) => a.exact - b.exact || a.order - b.order)
      .slice(0, WEAKEST_COUNT)
      .map(({ dimension }) => dimension.dimensionId),
  };
}

/** Paired statements whose answers sit at least CONTRADICTION_GAP points apart once reverse scoring is applied. */
export function findContradictions(definition: AssessmentDefinition, answers: Answers): Contradiction[] {
  const questions = new Map(definition.questions.map((question) => [question.id, question]));
  const found: Contradiction[] = [];
  for (const [firstId, secondId] of definition.pairs) {
    const first = questions.get(firstId);
    const second = questions.get(secondId);
    const firstValue = answers[firstId];
    const secondValue = answers[secondId];
    if (!first || !second || firstValue === undefined || secondValue === undefined) continue;
    if (Math.abs(pointsFor(first, firstValue) - pointsFor(second, secondValue)) >= CONTRADICTION_GAP) {
      found.push({ dimensionId: first.dimension, questionIds: [firstId, secondId], values: [firstValue, secondValue] });
    }
  }
  return found;
}
