// The team picture: each respondent scored with scoreAssessment in their own edition, then each
// dimension's scores brought together as a distribution. Respondents whose answers say little about
// the team (too few answers on the scale, or an answering style) are counted and set aside, never
// averaged in: with "doesn't apply" and style detection the instrument already knows who they are.
import type { AssessmentDefinition } from '../../../schemas/assessment';
import { NOT_APPLICABLE, scaleValue, type AnswerValue } from '../answers';
import type { Respondent } from '../compare';
import { asksAlike, largestFirst } from '../editions';
import { scoreAssessment, type AssessmentResult } from '../score';
import { fiveNumbers, median, standardDeviation, type FiveNumbers } from './statistics';

/** A respondent needs answers on the scale to at least this share of the statements to count. */
export const MIN_REAL_ANSWER_SHARE = 0.5;
/** How many statements the "widest spread" list shows. */
export const SPREAD_STATEMENTS_LISTED = 5;
/** How many of a group's largest gaps against the rest are named. */
export const GROUP_GAPS_NAMED = 3;

/** One person's result as the workshop holds it: always with its edition; label '' for none (anonymous, ungrouped). */
export type WorkshopRespondent = Required<Respondent>;

/** Why a respondent was set aside. */
export type SetAsideReason = 'too-few-answers' | 'answering-style';

/** One dimension across the counted respondents. */
export interface DimensionDistribution {
  dimensionId: string;
  /** Each counted respondent's score in respondent order; null when they could not be scored. */
  scores: (number | null)[];
  /** Scores present, for the plot. */
  count: number;
  stats: FiveNumbers | null;
  /** Interquartile range: how far apart the middle half of the team is, in points. */
  spread: number | null;
  /** Counted respondents per band, in band order. */
  bandCounts: { bandId: string; count: number }[];
}

/** One statement's answers across the counted respondents. */
export interface StatementSpread {
  questionId: string;
  dimensionId: string;
  /** How many chose each point 1–5, index 0 = 1. */
  counts: [number, number, number, number, number];
  notApplicable: number;
  /** Standard deviation of the answers on the scale, in scale points. */
  spread: number;
}

/** A labelled group against everyone else counted. */
export interface GroupComparison {
  label: string;
  size: number;
  /** Per dimension: the group's median, the rest's, and the gap (group − rest); null where either has no scores. */
  dimensions: { dimensionId: string; group: number | null; rest: number | null; gap: number | null }[];
  /** The largest gaps by size, at most GROUP_GAPS_NAMED. */
  largestGaps: { dimensionId: string; group: number; rest: number; gap: number }[];
}

/** Everything the team view shows. */
export interface WorkshopSummary {
  /** Every respondent's result, in respondent order. */
  results: AssessmentResult[];
  /** Indexes of the respondents counted. */
  counted: number[];
  /** Indexes set aside, with why. */
  setAside: { index: number; reason: SetAsideReason }[];
  /** Indexes of respondents whose link came from an earlier edition. */
  earlierEdition: number[];
  dimensions: DimensionDistribution[];
  statements: StatementSpread[];
  groups: GroupComparison[];
}

/** Why a respondent's answers should not be averaged in, or null when they count. */
export function setAsideReason(respondent: WorkshopRespondent, result: AssessmentResult): SetAsideReason | null {
  const needed = Math.ceil(respondent.edition.questions.length * MIN_REAL_ANSWER_SHARE);
  if (result.answered < needed) return 'too-few-answers';
  if (result.answeringStyle) return 'answering-style';
  return null;
}

/** A label compared without case or surrounding space, so "Sales" and "sales " form one group. */
export const groupKey = (label: string): string => label.trim().toLowerCase();

/** Aggregates a team: distributions per dimension, the most divided statements and each group against the rest. */
export function summarizeWorkshop(
  definition: AssessmentDefinition,
  respondents: readonly WorkshopRespondent[],
): WorkshopSummary {
  const results = respondents.map((respondent) => scoreAssessment(respondent.edition, respondent.answers));
  const counted: number[] = [];
  const setAside: WorkshopSummary['setAside'] = [];
  results.forEach((result, index) => {
    const reason = setAsideReason(respondents[index]!, result);
    if (reason) setAside.push({ index, reason });
    else counted.push(index);
  });
  const scoreOf = (index: number, dimensionId: string) =>
    results[index]!.dimensions.find((dimension) => dimension.dimensionId === dimensionId)?.score ?? null;

  const dimensions = definition.dimensions.map((dimension): DimensionDistribution => {
    const scores = counted.map((index) => scoreOf(index, dimension.id));
    const present = scores.filter((score): score is number => score !== null);
    const stats = fiveNumbers(present);
    const bandIds = counted.map(
      (index) => results[index]!.dimensions.find((item) => item.dimensionId === dimension.id)?.bandId ?? null,
    );
    return {
      dimensionId: dimension.id,
      scores,
      count: present.length,
      stats,
      spread: stats ? stats.q3 - stats.q1 : null,
      bandCounts: definition.bands.map((band) => ({
        bandId: band.id,
        count: bandIds.filter((bandId) => bandId === band.id).length,
      })),
    };
  });

  return {
    results,
    counted,
    setAside,
    earlierEdition: respondents.flatMap((respondent, index) =>
      respondent.edition.version < definition.version ? [index] : [],
    ),
    dimensions,
    statements: widestStatements(definition, respondents, counted),
    groups: compareGroups(definition, respondents, counted, scoreOf),
  };
}

/** Statements whose counted answers are most spread out; a statement counts only in editions that ask it in the same words. */
function widestStatements(
  definition: AssessmentDefinition,
  respondents: readonly WorkshopRespondent[],
  counted: readonly number[],
): StatementSpread[] {
  const statements = definition.questions.map((question): StatementSpread => {
    const counts: StatementSpread['counts'] = [0, 0, 0, 0, 0];
    const values: AnswerValue[] = [];
    let notApplicable = 0;
    for (const index of counted) {
      const respondent = respondents[index]!;
      if (!asksAlike(respondent.edition, question)) continue;
      if (respondent.answers[question.id] === NOT_APPLICABLE) notApplicable += 1;
      const value = scaleValue(respondent.answers, question.id);
      if (value === undefined) continue;
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
      values.push(value);
    }
    const spread = standardDeviation(values);
    return { questionId: question.id, dimensionId: question.dimension, counts, notApplicable, spread };
  });
  return largestFirst(
    statements.filter((statement) => statement.spread > 0),
    (statement) => statement.spread,
  ).slice(0, SPREAD_STATEMENTS_LISTED);
}

/** Each labelled group's medians against the medians of everyone else counted. */
function compareGroups(
  definition: AssessmentDefinition,
  respondents: readonly WorkshopRespondent[],
  counted: readonly number[],
  scoreOf: (index: number, dimensionId: string) => number | null,
): GroupComparison[] {
  const groups = new Map<string, { label: string; members: number[] }>();
  for (const index of counted) {
    const label = respondents[index]!.label.trim();
    if (!label) continue;
    const group = groups.get(groupKey(label)) ?? { label, members: [] };
    group.members.push(index);
    groups.set(groupKey(label), group);
  }
  return [...groups.values()]
    .filter((group) => group.members.length < counted.length)
    .map(({ label, members }): GroupComparison => {
      const inGroup = new Set(members);
      const rest = counted.filter((index) => !inGroup.has(index));
      const medianOf = (indexes: readonly number[], dimensionId: string) =>
        median(indexes.map((index) => scoreOf(index, dimensionId)).filter((score): score is number => score !== null));
      const dimensions = definition.dimensions.map((dimension) => {
        const group = medianOf(members, dimension.id);
        const others = medianOf(rest, dimension.id);
        return {
          dimensionId: dimension.id,
          group,
          rest: others,
          gap: group === null || others === null ? null : group - others,
        };
      });
      const largestGaps = largestFirst(
        dimensions.flatMap((item) =>
          item.gap === null || item.group === null || item.rest === null || item.gap === 0
            ? []
            : [{ dimensionId: item.dimensionId, group: item.group, rest: item.rest, gap: item.gap }],
        ),
        (gap) => Math.abs(gap.gap),
      ).slice(0, GROUP_GAPS_NAMED);
      return { label, size: members.length, dimensions, largestGaps };
    });
}
