// Compare mode: several respondents' answers side by side, and where they disagree most.
// Self-assessments run high; the gaps between a boss, a team and a customer-facing colleague
// are where a team calibrates, so the page leads with them.
import type { AssessmentDefinition } from '../../schemas/assessment';
import type { AnswerValue, Answers } from './answers';
import { scoreAssessment, type AssessmentResult } from './score';

/** The fewest and most results one comparison takes. */
export const MIN_RESPONDENTS = 2;
export const MAX_RESPONDENTS = 6;
/** Statements whose answers differ by at least this many scale points are listed. */
export const NOTABLE_STATEMENT_GAP = 2;
/** How many statements the "biggest differences" list shows. */
export const STATEMENT_LIST_LENGTH = 5;
/** Dimension gaps below this many points count as broad agreement. */
export const AGREEMENT_GAP = 10;

/** One respondent: a label a reader gave them and their answers. */
export interface Respondent {
  label: string;
  answers: Answers;
}

/** One dimension across respondents. */
export interface DimensionComparison {
  dimensionId: string;
  /** Each respondent's score, in respondent order; null when they left it blank. */
  scores: (number | null)[];
  /** Highest minus lowest score among those who answered, or null when fewer than two did. */
  gap: number | null;
}

/** One statement across respondents. */
export interface StatementComparison {
  questionId: string;
  dimensionId: string;
  /** Each respondent's answer, in respondent order; null when left blank. */
  values: (AnswerValue | null)[];
  /** Highest minus lowest answer among those who answered, in scale points. */
  gap: number;
}

/** What the compare page shows. */
export interface Comparison {
  results: AssessmentResult[];
  /** Every dimension, in definition order. */
  dimensions: DimensionComparison[];
  /** Dimensions with a gap, largest first; ties keep definition order. */
  largestGaps: DimensionComparison[];
  /** Statements answered at least NOTABLE_STATEMENT_GAP points apart, largest first, at most STATEMENT_LIST_LENGTH. */
  statements: StatementComparison[];
  /** The dimension to talk about first, or null when every gap is under AGREEMENT_GAP. */
  talkAboutFirstId: string | null;
}

/** Scores every respondent and ranks the dimensions and statements by how much they disagree. */
export function compareResults(definition: AssessmentDefinition, respondents: readonly Respondent[]): Comparison {
  const results = respondents.map((respondent) => scoreAssessment(definition, respondent.answers));
  const dimensions = definition.dimensions.map((dimension, index): DimensionComparison => {
    const scores = results.map((result) => result.dimensions[index]?.score ?? null);
    return { dimensionId: dimension.id, scores, gap: spread(scores) };
  });
  const largestGaps = dimensions
    .map((dimension, order) => ({ dimension, order }))
    .filter(({ dimension }) => dimension.gap !== null)
    .sort((a, b) => (b.dimension.gap ?? 0) - (a.dimension.gap ?? 0) || a.order - b.order)
    .map(({ dimension }) => dimension);

  const statements = definition.questions
    .map((question, order) => {
      const values = respondents.map((respondent) => respondent.answers[question.id] ?? null);
      return {
        comparison: { questionId: question.id, dimensionId: question.dimension, values, gap: spread(values) ?? 0 },
        order,
      };
    })
    .filter(({ comparison }) => comparison.gap >= NOTABLE_STATEMENT_GAP)
    .sort((a, b) => b.comparison.gap - a.comparison.gap || a.order - b.order)
    .slice(0, STATEMENT_LIST_LENGTH)
    .map(({ comparison }) => comparison);

  const first = largestGaps[0];
  return {
    results,
    dimensions,
    largestGaps,
    statements,
    talkAboutFirstId: first && (first.gap ?? 0) >= AGREEMENT_GAP ? first.dimensionId : null,
  };
}

/** Highest minus lowest of the non-null values, or null when fewer than two are present. */
export function spread(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  return Math.max(...present) - Math.min(...present);
}
