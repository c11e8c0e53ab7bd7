// Answers are keyed by question id; a missing key means the statement was left blank, and
// NOT_APPLICABLE means the reader said it does not apply or they do not know. Neither is scored.
import type { AssessmentEdition, AssessmentQuestion } from '../../schemas/assessment';

/** A point on the 5-point agreement scale: 1 = strongly disagree … 5 = strongly agree. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5;

/** The "doesn't apply / don't know" choice: a real response that is left out of every score. */
export const NOT_APPLICABLE = 'n/a';
export type NotApplicable = typeof NOT_APPLICABLE;

/** What a reader can give a statement: a point on the scale or "doesn't apply". */
export type Response = AnswerValue | NotApplicable;

/** One respondent's answers, by question id. */
export type Answers = Readonly<Partial<Record<string, Response>>>;

/** The highest number of points a single statement can give. */
export const MAX_POINTS = 4;
/** The middle of the agreement scale ("neither agree nor disagree"). */
export const MIDPOINT_VALUE = 3;

/** True for a whole number from 1 to 5. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** True for a scale point or "doesn't apply". */
export function isResponse(value: unknown): value is Response {
  return value === NOT_APPLICABLE || isAnswerValue(value);
}

/** The answer on the scale, or undefined when the statement is blank or marked "doesn't apply". */
export function scaleValue(answers: Answers, questionId: string): AnswerValue | undefined {
  const response = answers[questionId];
  return response === undefined || response === NOT_APPLICABLE ? undefined : response;
}

/** Points towards the market-driven end, 0 to 4: reverse-scored statements count from the other end. */
export function pointsFor(question: Pick<AssessmentQuestion, 'reverse'>, value: AnswerValue): number {
  return question.reverse ? 5 - value : value - 1;
}

/** How many of the definition's statements have a response, "doesn't apply" included. */
export function countAnswered(definition: Pick<AssessmentEdition, 'questions'>, answers: Answers): number {
  return definition.questions.filter((question) => answers[question.id] !== undefined).length;
}
