// Some respondents answer the way they answer, not what the statement says: the same point for
// everything, or "agree" to every statement whatever its direction (acquiescence). Each dimension
// has as many reverse-scored statements as normal ones, so such answers land near the midpoint;
// naming the style stops a reader taking that midpoint, or any "weakest" dimension, at face value.
import type { AssessmentEdition } from '../../schemas/assessment';
import { MIDPOINT_VALUE, scaleValue, type AnswerValue, type Answers } from './answers';

/** Fewer answers on the scale than this say too little about a style to name one. */
export const MIN_ANSWERS_FOR_STYLE = 8;
/** This share of answers on one point of the scale counts as "mostly the same answer". */
export const SAME_ANSWER_SHARE = 0.8;
/** Agreeing (or disagreeing) with this share of the normal and of the reverse-scored statements alike. */
export const LEAN_SHARE = 0.6;

/** A plain name for each style, said before the score and in the e-mail. */
export const ANSWERING_STYLE_NAMES = {
  'same-answer': 'mostly the same answer',
  'agree-with-both': 'agreeing with both sides',
  'disagree-with-both': 'disagreeing with both sides',
} as const;

/** An answering style found in a set of answers. */
export type AnsweringStyle =
  | { kind: 'same-answer'; value: AnswerValue; count: number; total: number }
  | { kind: 'agree-with-both' | 'disagree-with-both'; normalShare: number; reverseShare: number; total: number };

/** The answering style that may explain the score, or null when the answers follow the statements. */
export function detectAnsweringStyle(
  definition: Pick<AssessmentEdition, 'questions'>,
  answers: Answers,
): AnsweringStyle | null {
  const normal: AnswerValue[] = [];
  const reverse: AnswerValue[] = [];
  for (const question of definition.questions) {
    const value = scaleValue(answers, question.id);
    if (value !== undefined) (question.reverse ? reverse : normal).push(value);
  }
  const all = [...normal, ...reverse];
  if (all.length < MIN_ANSWERS_FOR_STYLE) return null;

  const counts = new Map<AnswerValue, number>();
  for (const value of all) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [value, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  if (count / all.length >= SAME_ANSWER_SHARE) return { kind: 'same-answer', value, count, total: all.length };

  // Both sides need answers, or "agreeing with both" cannot be told from agreeing with one.
  if (normal.length === 0 || reverse.length === 0) return null;
  const share = (values: AnswerValue[], lean: (value: AnswerValue) => boolean) =>
    values.filter(lean).length / values.length;
  for (const [kind, lean] of [
    ['agree-with-both', (v: AnswerValue) => v > MIDPOINT_VALUE],
    ['disagree-with-both', (v: AnswerValue) => v < MIDPOINT_VALUE],
  ] as const) {
    const normalShare = share(normal, lean);
    const reverseShare = share(reverse, lean);
    if (normalShare >= LEAN_SHARE && reverseShare >= LEAN_SHARE) {
      return { kind, normalShare, reverseShare, total: all.length };
    }
  }
  return null;
}

/** Fills `{answer}`, `{count}` and `{total}` in a content text with what the style found. */
export function describeAnsweringStyle(
  template: string,
  style: AnsweringStyle,
  scaleLabel: (value: AnswerValue) => string,
): string {
  const fields: Record<string, string> = {
    answer: style.kind === 'same-answer' ? scaleLabel(style.value) : '',
    count: style.kind === 'same-answer' ? String(style.count) : '',
    total: String(style.total),
  };
  return template.replace(/\{(answer|count|total)\}/g, (_, name: string) => fields[name] ?? '');
}
