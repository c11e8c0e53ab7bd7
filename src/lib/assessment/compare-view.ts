// What the compare report shows, computed here so the island only lays it out: the caveats a
// reader should know, what to talk about first, the largest gaps in words, the chart, the table
// and each differing statement's answers in words.
import type { AssessmentDefinition, AssessmentDimension } from '../../schemas/assessment';
import { byCount, listOf } from '../plural';
import { NOT_APPLICABLE, type Response } from './answers';
import { ANSWERING_STYLE_NAMES } from './answering-style';
import { NOT_ENOUGH_ANSWERS, buildScoreChart, type ScoreChart } from './chart';
import { AGREEMENT_GAP, NOTABLE_STATEMENT_GAP, type Comparison, type Respondent } from './compare';

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

/** One row of the score table: a dimension (or "Overall"), each respondent's score, then the gap. */
export interface CompareTableRow {
  key: string;
  title: string;
  cells: (number | string)[];
}

/** A statement answered far apart, with each respondent's answer in words. */
export interface StatementLine {
  questionId: string;
  statement: string;
  dimensionTitle: string;
  answers: { label: string; answer: string }[];
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
  /** The score table's rows, the overall scores last. */
  tableRows: CompareTableRow[];
  statements: StatementLine[];
  /** What the report says when no statement differs enough to list. */
  noStatements: string;
}

/** Said in a table cell where a respondent's dimension has too few answers for a score. */
const NOT_ENOUGH = 'Not enough answers';

/** Numbers below ten in words, for sentences that name a threshold. */
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

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
    listOf(scores.map((score, index) => `${labels[index]} ${score ?? NOT_ENOUGH_ANSWERS}`));
  const titleOf = (id: string) => dimensionsById.get(id)?.title ?? id;
  const questionsById = new Map(definition.questions.map((question) => [question.id, question]));
  const answerText = (value: Response | null) =>
    value === null
      ? 'left blank'
      : value === NOT_APPLICABLE
        ? definition.notApplicable
        : (definition.scale[value - 1]?.label ?? String(value));
  const closest = NOTABLE_STATEMENT_GAP - 1;
  return {
    labels,
    caveats,
    talkAboutFirst: comparison.talkAboutFirstId ? dimensionsById.get(comparison.talkAboutFirstId) : undefined,
    agreement: `You broadly agree: no dimension differs by ${AGREEMENT_GAP} points or more. Pick the lowest-scoring dimension you share and decide on one change together.`,
    largestGaps: comparison.largestGaps.slice(0, GAPS_LISTED).map((dimension) => ({
      dimensionId: dimension.dimensionId,
      title: titleOf(dimension.dimensionId),
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
    tableRows: [
      ...comparison.dimensions.map((dimension) => ({
        key: dimension.dimensionId,
        title: titleOf(dimension.dimensionId),
        cells: [...dimension.scores.map((score) => score ?? NOT_ENOUGH), dimension.gap ?? '—'],
      })),
      {
        key: 'overall',
        title: 'Overall',
        cells: [...comparison.results.map((item) => item.overall ?? NOT_ENOUGH), '—'],
      },
    ],
    statements: comparison.statements.map((statement) => ({
      questionId: statement.questionId,
      statement: questionsById.get(statement.questionId)?.statement ?? statement.questionId,
      dimensionTitle: titleOf(statement.dimensionId),
      answers: statement.values.map((value, index) => ({ label: labels[index] ?? '', answer: answerText(value) })),
    })),
    noStatements: `No statement was answered more than ${NUMBER_WORDS[closest] ?? closest} ${byCount(closest, { one: 'point', other: 'points' })} apart on the scale.`,
  };
}
