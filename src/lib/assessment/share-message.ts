// The e-mail a team lead sends with an assessment result: the band, the score, what it means
// and the weakest dimensions, with the result link. Pure; the island turns it into a mailto.
import type { ShareSubject } from '../share';

/** What the result view knows about the result it shares. */
export interface ResultShareInput {
  /** Absolute link to the result (`…/assessment/#r=…`). */
  link: string;
  bandLabel: string;
  overall: number;
  /** What the band means, in a sentence or two. */
  meaning: string;
  /** The weakest dimensions, weakest first. */
  weakest: readonly { title: string; score: number | null }[];
}

/** The share subject for a result: title with band and score, meaning as the brief, weak spots as takeaways. */
export function resultShareSubject(input: ResultShareInput): ShareSubject {
  return {
    url: input.link,
    title: `Our market-driven self-assessment: ${input.bandLabel}, ${input.overall}/100`,
    summary: input.meaning,
    bossBrief: input.meaning,
    takeaways: input.weakest.map(
      ({ title, score }) => `Weakest: ${title}${score === null ? ' (not answered)' : ` (${score}/100)`}`,
    ),
  };
}
