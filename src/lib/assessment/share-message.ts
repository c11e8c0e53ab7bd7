// The e-mail a team lead sends with an assessment result: the band, the score, what it means
// and the weakest dimensions, with the result link. An answering style, a result from an earlier
// edition and dimensions without enough answers are said too, so the e-mail never overstates the
// result. Pure; the island turns it into a mailto.
import type { ShareSubject } from '../share';

/** What the result view knows about the result it shares. */
export interface ResultShareInput {
  /** Absolute link to the result (`…/assessment/#r=…`). */
  link: string;
  bandLabel: string;
  overall: number;
  /** What the band means, in a sentence or two. */
  meaning: string;
  /** The weakest dimensions, weakest first; empty when none is singled out. */
  weakest: readonly { title: string; score: number | null }[];
  /** A short name for the answering style found, e.g. "mostly the same answer"; absent when none. */
  answeringStyle?: string | undefined;
  /** Said first when there is an answering style or the result is from an earlier edition. */
  caveats?: readonly string[] | undefined;
  /** Titles of dimensions with too few answers to score. */
  notEnoughAnswers?: readonly string[] | undefined;
}

/** The share subject for a result: title with band and score, caveats and meaning as the brief, weak spots as takeaways. */
export function resultShareSubject(input: ResultShareInput): ShareSubject {
  const style = input.answeringStyle ? ` (answering style: ${input.answeringStyle})` : '';
  const brief = [...(input.caveats ?? []), input.meaning].join(' ');
  return {
    url: input.link,
    title: `Our market-driven self-assessment${style}: ${input.bandLabel}, ${input.overall}/100`,
    summary: brief,
    bossBrief: brief,
    takeaways: [
      ...input.weakest.map(
        ({ title, score }) => `Weakest: ${title}${score === null ? ' (not enough answers)' : ` (${score}/100)`}`,
      ),
      ...(input.notEnoughAnswers ?? []).map((title) => `${title}: not enough answers to score`),
    ],
  };
}
