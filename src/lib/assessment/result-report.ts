// The whole result report as a view model: every sentence that depends on the answers (headings,
// how many answers the score rests on, contradicting pairs), the table and readings rows, next
// steps, the weakest dimensions and what the e-mail says. The island only lays it out.
import type { AssessmentDefinition, AssessmentEdition } from '../../schemas/assessment';
import { byCount, listOf } from '../plural';
import { ANSWERING_STYLE_NAMES } from './answering-style';
import { NOT_ENOUGH_ANSWERS, buildScoreChart, type ScoreChart } from './chart';
import { answeredNote, resultView, scaleLabelFor, type ResultView } from './result-view';
import type { AssessmentResult } from './score';
import type { ResultShareInput } from './share-message';

/** The report when no dimension could be scored. */
export interface UnscoredReport {
  scored: false;
  heading: string;
  /** When a dimension gets a score. */
  explanation: string;
  firstBlankStep: number;
}

/** One row of the score table. */
export interface ScoreRow {
  dimensionId: string;
  title: string;
  /** The score, or "Not enough answers". */
  score: number | string;
  /** The band's label, or "—" when unscored. */
  band: string;
  /** How many statements the score rests on ('' when all were answered). */
  note: string;
}

/** What one dimension's score means. */
export interface Reading {
  dimensionId: string;
  title: string;
  meta: string;
  text: string;
}

/** One of the weakest dimensions, for its lessons. */
export interface WeakDimension {
  id: string;
  title: string;
  score: number | null;
}

/** The report of a scored result: every sentence and row the island shows. */
export interface ScoredReport extends ResultView {
  scored: true;
  eyebrow: string;
  bandLabel: string;
  overall: number;
  meaning: string;
  /** The shared banner's "take it yourself" button. */
  takeItYourself: string;
  /** The answering style's short name, when there is one. */
  styleName: string | undefined;
  /** How many answers the score rests on, when not every statement was answered on the scale. */
  coverage: { partial: boolean; text: string } | undefined;
  /** Pairs of answers that contradict each other, with the sentence that introduces them. */
  contradictions: { intro: string; lines: { key: string; text: string }[] } | undefined;
  chart: ScoreChart;
  chartTitle: string;
  rows: ScoreRow[];
  readingsHeading: string;
  readings: Reading[];
  nextSteps: readonly string[];
  weakestHeading: string;
  weakest: WeakDimension[];
  /** Why no dimension is named weakest, when none is but some were scored. */
  noWeakest: string | undefined;
  /** What the e-mail says, all but the link. */
  share: Omit<ResultShareInput, 'link'>;
}

/** The heading of the report when no dimension could be scored. */
const unscoredHeading = (result: AssessmentResult) =>
  result.answered + result.notApplicable === 0 ? 'No answers yet' : 'Not enough answers for a score';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Builds the whole result report: for a shared result it speaks of "these" scores, not "your". */
export function resultReport(
  definition: AssessmentDefinition,
  edition: AssessmentEdition,
  result: AssessmentResult,
  shared: boolean,
): UnscoredReport | ScoredReport {
  const view = resultView(definition, edition, result);
  const band = result.bandId ? edition.bands.find((item) => item.id === result.bandId) : undefined;
  if (!band || result.overall === null)
    return {
      scored: false,
      heading: unscoredHeading(result),
      explanation: `A dimension is scored once at least half of its statements are answered on the scale, including at least one of each kind. “${definition.notApplicable}” is left out of the score.`,
      firstBlankStep: view.firstBlankStep,
    };

  const dimensionsById = new Map(edition.dimensions.map((dimension) => [dimension.id, dimension]));
  const bandLabel = (id: string | null) => edition.bands.find((item) => item.id === id)?.label;
  const questionText = (id: string) => edition.questions.find((question) => question.id === id)?.statement ?? id;
  const titleOf = (id: string) => dimensionsById.get(id)?.title ?? id;
  const scoreOf = (id: string) => result.dimensions.find((dimension) => dimension.dimensionId === id)?.score ?? null;
  const scaleLabel = scaleLabelFor(edition);
  const style = result.answeringStyle;
  const styleName = style ? ANSWERING_STYLE_NAMES[style.kind] : undefined;
  const weakest = result.weakestDimensionIds.map((id) => ({ id, title: titleOf(id), score: scoreOf(id) }));

  return {
    ...view,
    scored: true,
    eyebrow: shared ? 'A shared result' : 'Your result',
    bandLabel: band.label,
    overall: result.overall,
    meaning: band.meaning,
    takeItYourself: view.earlierEdition ? 'Take the current version yourself' : 'Take the assessment yourself',
    styleName,
    coverage: coverage(definition, result, titleOf),
    contradictions:
      result.contradictions.length === 0
        ? undefined
        : {
            intro: `${
              view.earlierEdition
                ? 'Each pair below describes the same habit from both sides'
                : 'Each pair below is two statements that cannot both be true'
            }, so it is worth a second look before you act on the score.`,
            lines: result.contradictions.map((contradiction) => {
              const [first, second] = contradiction.questionIds.map(questionText);
              const [firstValue, secondValue] = contradiction.values.map(scaleLabel);
              return {
                key: contradiction.questionIds.join(),
                text: `${shared ? 'The' : 'Your'} answers on ${titleOf(contradiction.dimensionId)} disagree with each other: “${firstValue}” to “${first}” and “${secondValue}” to “${second}”`,
              };
            }),
          },
    chart: buildScoreChart(edition.dimensions, [
      { label: shared ? 'Shared result' : 'Your result', scores: result.dimensions.map((item) => item.score) },
    ]),
    chartTitle: `${shared ? 'Shared' : 'Your'} scores by dimension`,
    rows: result.dimensions.map((dimension) => ({
      dimensionId: dimension.dimensionId,
      title: titleOf(dimension.dimensionId),
      score: dimension.score ?? capitalised(NOT_ENOUGH_ANSWERS),
      band: dimension.bandId ? (bandLabel(dimension.bandId) ?? '') : '—',
      note: answeredNote(dimension),
    })),
    readingsHeading: `What ${shared ? 'these' : 'your'} scores mean`,
    readings: result.dimensions.map((dimension) => ({
      dimensionId: dimension.dimensionId,
      title: titleOf(dimension.dimensionId),
      meta:
        dimension.score === null
          ? NOT_ENOUGH_ANSWERS
          : `${dimension.score} / 100 · ${bandLabel(dimension.bandId) ?? ''}`,
      text: dimension.bandId
        ? (dimensionsById.get(dimension.dimensionId)?.readings[dimension.bandId] ?? '')
        : `Too few of its statements were answered on the scale to score it (${answeredNote(dimension) || 'none answered'}), so it is left out of the overall score.`,
    })),
    // With an answering style the band's steps would act on a number the style set.
    nextSteps: style ? [definition.answeringStyles.nextStep] : band.nextSteps,
    weakestHeading: `Read next: lessons for ${shared ? 'the' : 'your'} weakest dimensions`,
    weakest,
    noWeakest:
      weakest.length > 0 || !result.weakestWithheld
        ? undefined
        : result.weakestWithheld === 'answering-style'
          ? definition.answeringStyles.noWeakest
          : 'Every scored dimension has the same score, so none is singled out as the weakest.',
    share: {
      bandLabel: band.label,
      overall: result.overall,
      meaning: band.meaning,
      weakest: weakest.map(({ title, score }) => ({ title, score })),
      answeringStyle: styleName,
      caveats: [...(style ? [view.styleText] : []), ...(view.earlierEdition ? [view.editionText] : [])],
      notEnoughAnswers: result.unscoredDimensionIds.map(titleOf),
    },
  };
}

/** How many statements the overall score rests on, when some were blank, "doesn't apply" or a dimension went unscored. */
function coverage(
  definition: AssessmentDefinition,
  result: AssessmentResult,
  titleOf: (id: string) => string,
): ScoredReport['coverage'] {
  const unscored = result.unscoredDimensionIds;
  if (result.complete && result.notApplicable === 0 && unscored.length === 0) return undefined;
  const leftOut =
    result.notApplicable > 0
      ? `; ${result.notApplicable} ${byCount(result.notApplicable, { one: 'was', other: 'were' })} marked “${definition.notApplicable}” and left out`
      : '';
  const unscoredText =
    unscored.length > 0
      ? ` Not enough answers to score ${listOf(unscored.map(titleOf))}, so ${byCount(unscored.length, { one: 'it is', other: 'they are' })} left out of the overall score.`
      : '';
  return {
    partial: !result.complete,
    text: `It is based on ${result.answered} of ${result.total} statements answered on the scale${leftOut}.${unscoredText}`,
  };
}
