// Compare mode: several respondents' answers side by side, and where they disagree most.
// Self-assessments run high; the gaps between a boss, a team and a customer-facing colleague
// are where a team calibrates, so the page leads with them.
import type { AssessmentEdition } from '../../schemas/assessment';
import { NOT_APPLICABLE, type AnswerValue, type Answers, type Response } from './answers';
import { asksAlike, largestFirst } from './editions';
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

/** One respondent: a label a reader gave them, their answers and, for an old link, the edition it was made with. */
export interface Respondent {
  label: string;
  answers: Answers;
  /** The edition the answers belong to; default the current one. */
  edition?: AssessmentEdition;
}

/** One dimension across respondents. */
export interface DimensionComparison {
  dimensionId: string;
  /** Each respondent's score, in respondent order; null when they gave too few answers to score it. */
  scores: (number | null)[];
  /** Highest minus lowest score among those who answered, or null when fewer than two did. */
  gap: number | null;
}

/** One statement across respondents. */
export interface StatementComparison {
  questionId: string;
  dimensionId: string;
  /** Each respondent's response, in respondent order; null when left blank or not asked in their edition. */
  values: (Response | null)[];
  /** Highest minus lowest answer on the scale among those who gave one, in scale points. */
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

/**
 * Scores every respondent with their own edition and ranks the dimensions and statements by how much
 * they disagree. Dimensions keep their ids across editions; a statement is compared only between
 * respondents whose editions ask it in the same words and the same direction.
 */
export function compareResults(definition: AssessmentEdition, respondents: readonly Respondent[]): Comparison {
  const results = respondents.map((respondent) =>
    scoreAssessment(respondent.edition ?? definition, respondent.answers),
  );
  const dimensions = definition.dimensions.map((dimension): DimensionComparison => {
    const scores = results.map(
      (result) => result.dimensions.find((item) => item.dimensionId === dimension.id)?.score ?? null,
    );
    return { dimensionId: dimension.id, scores, gap: spread(scores) };
  });
  const largestGaps = largestFirst(
    dimensions.filter((dimension) => dimension.gap !== null),
    (dimension) => dimension.gap ?? 0,
  );

  const statements = definition.questions.map((question): StatementComparison => {
    const values = respondents.map((respondent): Response | null =>
      asksAlike(respondent.edition ?? definition, question) ? (respondent.answers[question.id] ?? null) : null,
    );
    const onScale = values.map((value) => (value === NOT_APPLICABLE ? null : (value as AnswerValue | null)));
    return { questionId: question.id, dimensionId: question.dimension, values, gap: spread(onScale) ?? 0 };
  });

  const first = largestGaps[0];
  return {
    results,
    dimensions,
    largestGaps,
    statements: largestFirst(
      statements.filter((statement) => statement.gap >= NOTABLE_STATEMENT_GAP),
      (statement) => statement.gap,
    ).slice(0, STATEMENT_LIST_LENGTH),
    talkAboutFirstId: first && (first.gap ?? 0) >= AGREEMENT_GAP ? first.dimensionId : null,
  };
}

/** Highest minus lowest of the non-null values, or null when fewer than two are present. */
export function spread(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  return Math.max(...present) - Math.min(...present);
}
