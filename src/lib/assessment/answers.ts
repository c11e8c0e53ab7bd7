// Answers are keyed by question id; a missing key means the statement was left blank.
import type { AssessmentDefinition, AssessmentQuestion } from '../../schemas/assessment';

/** A point on the 5-point agreement scale: 1 = strongly disagree … 5 = strongly agree. */
export type AnswerValue = 1 | 2 | 3 | 4 | 5;

/** One respondent's answers, by question id. */
export type Answers = Readonly<Partial<Record<string, AnswerValue>>>;

/** The highest number of points a single statement can give. */
export const MAX_POINTS = 4;

/** True for a whole number from 1 to 5. */
export function isAnswerValue(value: unknown): value is AnswerValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Points towards the market-driven end, 0 to 4: reverse-scored statements count from the other end. */
export function pointsFor(question: Pick<AssessmentQuestion, 'reverse'>, value: AnswerValue): number {
  return question.reverse ? 5 - value : value - 1;
}

/** How many of the definition's statements have an answer. */
export function countAnswered(definition: Pick<AssessmentDefinition, 'questions'>, answers: Answers): number {
  return definition.questions.filter((question) => answers[question.id] !== undefined).length;
}
