// The overall customer's-eye rating: a score from the language check and how complete the
// draft is, mapped to a band whose label and advice are content.
import { bandFor, type ScoreBand } from '../bands';
import { countFilled } from './draft';
import type { DraftFields } from './fields';
import { FIELD_IDS } from './fields';
import type { LanguageReport } from './language-check';

/** A rating band from content: scores at or above `min` (and below the next band) get it. */
export interface RatingBand extends ScoreBand {
  label: string;
  description: string;
}

/** The rating, or why there is none yet. */
export type Rating =
  { status: 'not-enough'; filled: number; needed: number } | { status: 'rated'; score: number; band: RatingBand };

/** Fewer answers than this give too little text to judge. */
export const MIN_FILLED_FOR_RATING = 4;
/** Points a problem costs. */
export const PROBLEM_PENALTY = 12;
/** Points a tip costs. */
export const TIP_PENALTY = 4;
/** Points lost when company words outnumber customer words. */
export const BALANCE_PENALTY = 10;
/** Points each empty field costs, since gaps are missing specifics. */
export const GAP_PENALTY = 3;

/** Scores a draft 0–100 from its language report and completeness, and picks its band. */
export function rateDraft(fields: DraftFields, report: LanguageReport, bands: readonly RatingBand[]): Rating {
  const filled = countFilled(fields);
  if (filled < MIN_FILLED_FOR_RATING) return { status: 'not-enough', filled, needed: MIN_FILLED_FOR_RATING };
  const penalties =
    report.findings.reduce(
      (total, finding) => total + (finding.severity === 'problem' ? PROBLEM_PENALTY : TIP_PENALTY),
      0,
    ) +
    (report.balance.company > report.balance.customer ? BALANCE_PENALTY : 0) +
    (FIELD_IDS.length - filled) * GAP_PENALTY;
  const score = Math.max(0, Math.min(100, 100 - penalties));
  return { status: 'rated', score, band: bandFor(bands, score) };
}
