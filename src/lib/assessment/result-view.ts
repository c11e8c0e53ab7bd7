// What the result report derives from a score, computed here so the island only lays it out:
// where to resume, the notes about answering style and edition, and how many answers a score rests
// on. result-report.ts builds the whole report on top of it.
import type { AssessmentDefinition, AssessmentEdition } from '../../schemas/assessment';
import { describeAnsweringStyle } from './answering-style';
import type { AssessmentResult, DimensionScore } from './score';

/** The result report's derived numbers and sentences. */
export interface ResultView {
  /** The first step with a blank statement, to resume from (0 when none is blank). */
  firstBlankStep: number;
  /** True when the answers belong to an earlier edition of the statements. */
  earlierEdition: boolean;
  /** What the page says about an earlier edition ('' for the current one). */
  editionText: string;
  /** What the page says about an answering style ('' when there is none). */
  styleText: string;
  /** Ids of the notes that describe the score, for aria-describedby ('' when none). */
  describedBy: string;
}

/** Builds the result report's view of one scored set of answers. */
export function resultView(
  definition: AssessmentDefinition,
  edition: AssessmentEdition,
  result: AssessmentResult,
): ResultView {
  const earlierEdition = edition.version < definition.version;
  const style = result.answeringStyle;
  const firstBlank = edition.dimensions.findIndex((_, index) => {
    const dimension = result.dimensions[index];
    return dimension ? dimension.answered + dimension.notApplicable < dimension.total : false;
  });
  return {
    firstBlankStep: Math.max(firstBlank, 0),
    earlierEdition,
    editionText: earlierEdition
      ? `This result was made with an earlier version of the assessment (version ${edition.version}, ${edition.questions.length} statements), and shows the scores it showed then. The statements have since been rewritten so that the way someone answers cannot move the score.`
      : '',
    styleText: style
      ? describeAnsweringStyle(definition.answeringStyles[style.kind], style, scaleLabelFor(edition))
      : '',
    describedBy: [style ? 'answering-style' : '', earlierEdition ? 'edition-note' : ''].filter(Boolean).join(' '),
  };
}

/** What the table and readings say about how many statements a dimension's score rests on. */
export function answeredNote(dimension: Pick<DimensionScore, 'answered' | 'total' | 'notApplicable'>): string {
  const parts: string[] = [];
  if (dimension.answered < dimension.total) parts.push(`${dimension.answered} of ${dimension.total} answered`);
  if (dimension.notApplicable > 0) parts.push(`${dimension.notApplicable} doesn’t apply`);
  return parts.join(', ');
}

/** The label of a point on an edition's scale, or the number when the edition has no such point. */
export const scaleLabelFor =
  (edition: Pick<AssessmentEdition, 'scale'>) =>
  (value: number): string =>
    edition.scale.find((point) => point.value === value)?.label ?? String(value);
