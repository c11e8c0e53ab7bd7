// What the team view shows, computed here so WorkshopReport only lays it out: who counted and who
// was set aside in words, the links to the single-result and compare pages, the table rows, the
// most divided statements and each group's gaps, the plot, the agenda and the CSV.
import type { AssessmentDefinition } from '../../../schemas/assessment';
import { WORKSHOP_MESSAGES } from './messages';
import { byCount, countOf, listOf } from '../../plural';
import { fill } from '../../template';
import { ANSWERING_STYLE_NAMES } from '../answering-style';
import { MAX_RESPONDENTS as COMPARE_MAX } from '../compare';
import { shareLinkPath } from '../share-code';
import type { WorkshopRespondent, WorkshopSummary } from './aggregate';
import { buildAgenda, type AgendaLesson, type WorkshopAgenda } from './agenda';
import { workshopCsv } from './csv';
import { compareLinkPath } from './paths';
import { buildAnswerBar, buildStripPlot, type AnswerSegment, type StripPlot } from './strip-plot';

const PEOPLE = { one: 'person', other: 'people' };
const THEIR_RESULTS = { one: 'their result is', other: 'their results are' };

/** A score in whole points, as the team view prints medians and quartiles. */
export const points = (value: number): string => String(Math.round(value));
/** A gap in whole points with its sign: "+12", "-5", "0". */
export const signedPoints = (value: number): string => (value > 0 ? `+${points(value)}` : points(value));

/** Where a team too small for the team view is better seen. */
export type SmallTeamLink = { kind: 'single'; href: string } | { kind: 'compare'; href: string; count: number };

/** A table row: the dimension, then one cell per column. */
export interface TeamTableRow {
  key: string;
  title: string;
  cells: (number | string)[];
}

/** A statement the team is divided on, with its answers as a bar and in words. */
export interface DividedStatement {
  questionId: string;
  statement: string;
  dimensionTitle: string;
  bar: AnswerSegment[];
  answersText: string;
}

/** A labelled group against the rest, in words. */
export interface GroupLine {
  label: string;
  size: string;
  /** ": scores like the rest of the team." when no dimension differs, else ":". */
  lead: string;
  gaps: { dimensionId: string; text: string }[];
}

/** The team view's model. */
export interface WorkshopReportView {
  people: string;
  counted: string;
  /** "N set aside", when anyone was. */
  setAside: string | undefined;
  /** Why people were set aside, one sentence per reason. */
  setAsideNotes: string[];
  /** Who answered an earlier edition, when anyone did. */
  editionNote: string | undefined;
  smallTeam: SmallTeamLink | undefined;
  /** The distinct labels given, in order of first use. */
  labelsInUse: string[];
  labelsSummary: string;
  plot: StripPlot;
  distributionRows: TeamTableRow[];
  bandColumns: string[];
  bandRows: TeamTableRow[];
  statements: DividedStatement[];
  groups: GroupLine[];
  agenda: WorkshopAgenda | null;
  csv: string;
}

const personList = (indexes: readonly number[]) => listOf(indexes.map((index) => `person ${index + 1}`));

/** Builds the team view from the respondents (each with their share code) and their summary. */
export function workshopReportView(
  definition: AssessmentDefinition,
  respondents: readonly (WorkshopRespondent & { code: string })[],
  summary: WorkshopSummary,
  lessons: Record<string, AgendaLesson[]>,
  paths: { single: string; compare: string },
): WorkshopReportView {
  const titleOf = (id: string) => definition.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
  const statementOf = (id: string) => definition.questions.find((question) => question.id === id)?.statement ?? '';
  const styles = summary.setAside.filter((item) => item.reason === 'answering-style').map((item) => item.index);
  const tooFew = summary.setAside.filter((item) => item.reason === 'too-few-answers').map((item) => item.index);
  const styleNames = [...new Set(styles.map((index) => summary.results[index]?.answeringStyle?.kind))].flatMap(
    (kind) => (kind ? [ANSWERING_STYLE_NAMES[kind]] : []),
  );
  const codes = respondents.map((respondent) => respondent.code);
  const labelsInUse = [...new Set(respondents.map((respondent) => respondent.label.trim()).filter(Boolean))];
  const count = respondents.length;

  return {
    people: countOf(count, PEOPLE),
    counted: `${summary.counted.length} counted`,
    setAside: summary.setAside.length > 0 ? `${summary.setAside.length} set aside` : undefined,
    setAsideNotes: [
      ...(tooFew.length > 0
        ? [
            `${countOf(tooFew.length, PEOPLE)} answered fewer than half the statements on the scale (blank or “${definition.notApplicable}”), so ${byCount(tooFew.length, THEIR_RESULTS)} not in the figures: ${personList(tooFew)}.`,
          ]
        : []),
      ...(styles.length > 0
        ? [
            // Style names are joined with semicolons: a name may itself hold a comma.
            `${countOf(styles.length, PEOPLE)} answered in a way that says more about how they answered than about the team (${styleNames.join('; ')}), so ${byCount(styles.length, THEIR_RESULTS)} not in the figures: ${personList(styles)}.`,
          ]
        : []),
    ],
    editionNote:
      summary.earlierEdition.length > 0
        ? `${countOf(summary.earlierEdition.length, { one: 'result comes', other: 'results come' })} from an earlier version of the assessment (${personList(summary.earlierEdition)}). Their dimension scores are counted; their answers count for a statement only where it was worded the same.`
        : undefined,
    smallTeam:
      count === 1
        ? { kind: 'single', href: paths.single + shareLinkPath(codes[0]!, '') }
        : count <= COMPARE_MAX
          ? { kind: 'compare', href: compareLinkPath(codes, paths.compare), count }
          : undefined,
    labelsInUse,
    labelsSummary: labelsInUse.length ? listOf(labelsInUse) : 'everyone is anonymous',
    plot: buildStripPlot(definition.dimensions, summary.dimensions),
    distributionRows: summary.dimensions.map(({ dimensionId, count: scored, stats }) => ({
      key: dimensionId,
      title: titleOf(dimensionId),
      cells: stats
        ? [scored, points(stats.median), `${points(stats.q1)}–${points(stats.q3)}`, `${stats.min}–${stats.max}`]
        : [scored, '—', '—', '—'],
    })),
    bandColumns: definition.bands.map((band) => band.label),
    bandRows: summary.dimensions.map((dimension) => ({
      key: dimension.dimensionId,
      title: titleOf(dimension.dimensionId),
      cells: dimension.bandCounts.map((band) => band.count),
    })),
    statements: summary.statements.map((statement) => ({
      questionId: statement.questionId,
      statement: statementOf(statement.questionId),
      dimensionTitle: titleOf(statement.dimensionId),
      bar: buildAnswerBar(statement.counts, statement.notApplicable),
      answersText:
        definition.scale.map((point, index) => `${point.label} ${statement.counts[index]}`).join(' · ') +
        (statement.notApplicable > 0 ? ` · ${definition.notApplicable} ${statement.notApplicable}` : ''),
    })),
    groups: summary.groups.map((group) => ({
      label: group.label,
      size: countOf(group.size, PEOPLE),
      lead: group.largestGaps.length === 0 ? ': scores like the rest of the team.' : ':',
      gaps: group.largestGaps.map((gap) => ({
        dimensionId: gap.dimensionId,
        text: `${titleOf(gap.dimensionId)}: ${signedPoints(gap.gap)} points (${group.label} ${points(gap.group)}, the rest ${points(gap.rest)})`,
      })),
    })),
    agenda: buildAgenda(definition, summary, lessons),
    csv: workshopCsv(definition, respondents, summary),
  };
}

/** The team link's label: how long it is, and that it holds everything. */
export function teamLinkLabel(link: string): string {
  return fill(WORKSHOP_MESSAGES.teamLinkLabel, { length: link.length.toLocaleString('en') });
}
