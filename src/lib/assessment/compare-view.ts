// What the compare report shows, computed here so the island only lays it out: the caveats a
// reader should know, what to talk about first, the largest gaps in words, and the chart.
import type { AssessmentDefinition, AssessmentDimension } from '../../schemas/assessment';
import { ANSWERING_STYLE_NAMES } from './answering-style';
import { NOT_ENOUGH_ANSWERS, buildScoreChart, type ScoreChart } from './chart';
import { AGREEMENT_GAP, type Comparison, type Respondent } from './compare';

/** How many of the largest dimension gaps the report names. */
export const GAPS_LISTED = 3;
/** Up to this many respondents, the chart and table sit side by side. */
export const SIDE_BY_SIDE_MAX = 3;

/** One of the largest gaps, ready to show. */
export interface GapLine {
  dimensionId: string;
  title: string;
  gap: number | null;
  /** Each respondent's score in words: "Boss 80, Team 45". */
  scoresText: string;
}

/** The compare report's view model. */
export interface CompareReportView {
  labels: string[];
  /** One sentence per thing to know before trusting a respondent's scores. */
  caveats: string[];
  /** The dimension to talk about first, or undefined when every gap is under AGREEMENT_GAP. */
  talkAboutFirst: AssessmentDimension | undefined;
  /** What the report says when no dimension differs enough to talk about first. */
  agreement: string;
  largestGaps: GapLine[];
  chart: ScoreChart;
  sideBySide: boolean;
}

/** Builds the compare report from a comparison of these respondents. */
export function compareReportView(
  definition: AssessmentDefinition,
  respondents: readonly Respondent[],
  comparison: Comparison,
): CompareReportView {
  const dimensionsById = new Map(definition.dimensions.map((dimension) => [dimension.id, dimension]));
  const labels = respondents.map((respondent) => respondent.label);
  const caveats = respondents.flatMap((respondent, index) => {
    const notes: string[] = [];
    const edition = respondent.edition ?? definition;
    if (edition.version < definition.version)
      notes.push(
        `came from an earlier version of the assessment (version ${edition.version}); its dimension scores are compared, and only statements worded the same in both versions are compared one by one`,
      );
    const style = comparison.results[index]?.answeringStyle;
    if (style)
      notes.push(
        `shows an answering style (${ANSWERING_STYLE_NAMES[style.kind]}), so its scores say more about how it was answered than about the team`,
      );
    return notes.map((note) => `${respondent.label} ${note}.`);
  });
  const scoresText = (scores: readonly (number | null)[]) =>
    scores.map((score, index) => `${labels[index]} ${score ?? NOT_ENOUGH_ANSWERS}`).join(', ');
  return {
    labels,
    caveats,
    talkAboutFirst: comparison.talkAboutFirstId ? dimensionsById.get(comparison.talkAboutFirstId) : undefined,
    agreement: `You broadly agree: no dimension differs by ${AGREEMENT_GAP} points or more. Pick the lowest-scoring dimension you share and decide on one change together.`,
    largestGaps: comparison.largestGaps.slice(0, GAPS_LISTED).map((dimension) => ({
      dimensionId: dimension.dimensionId,
      title: dimensionsById.get(dimension.dimensionId)?.title ?? dimension.dimensionId,
      gap: dimension.gap,
      scoresText: scoresText(dimension.scores),
    })),
    chart: buildScoreChart(
      definition.dimensions,
      respondents.map((respondent, index) => ({
        label: respondent.label,
        scores: comparison.dimensions.map((dimension) => dimension.scores[index] ?? null),
      })),
    ),
    sideBySide: respondents.length <= SIDE_BY_SIDE_MAX,
  };
}
