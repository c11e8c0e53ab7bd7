// The team as a spreadsheet: one row per respondent, one column per dimension and per statement.
// RFC 4180 quoting, CRLF rows and a byte-order mark so Excel reads UTF-8; any cell a spreadsheet
// would run as a formula (=, +, -, @, tab, return) is prefixed with an apostrophe.
import type { AssessmentDefinition } from '../../../schemas/assessment';
import { NOT_APPLICABLE } from '../answers';
import type { WorkshopRespondent, WorkshopSummary } from './aggregate';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as a spreadsheet reads it literally: neutralised if it could start a formula, quoted when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const SET_ASIDE_TEXT = {
  'too-few-answers': 'set aside: too few answers',
  'answering-style': 'set aside: answering style',
} as const;

/** The CSV text of a team, with a byte-order mark. */
export function workshopCsv(
  definition: AssessmentDefinition,
  respondents: readonly WorkshopRespondent[],
  summary: Pick<WorkshopSummary, 'results' | 'setAside'>,
): string {
  const header = [
    'Respondent',
    'Group',
    'Edition',
    'Counted',
    'Overall',
    ...definition.dimensions.map((dimension) => dimension.title),
    ...definition.questions.map((question) => question.id),
  ];
  const setAside = new Map(summary.setAside.map((item) => [item.index, item.reason]));
  const rows = respondents.map((respondent, index) => {
    const result = summary.results[index]!;
    const reason = setAside.get(index);
    return [
      `Person ${index + 1}`,
      respondent.label,
      respondent.edition.version,
      reason ? SET_ASIDE_TEXT[reason] : 'yes',
      result.overall,
      ...definition.dimensions.map(
        (dimension) => result.dimensions.find((item) => item.dimensionId === dimension.id)?.score ?? null,
      ),
      ...definition.questions.map((question) => {
        // An answer to other wording in an earlier edition is not an answer to this statement.
        const asked = respondent.edition.questions.find((item) => item.id === question.id);
        if (!asked || asked.statement !== question.statement || asked.reverse !== question.reverse) return null;
        const response = respondent.answers[question.id];
        return response === undefined ? null : response === NOT_APPLICABLE ? 'n/a' : response;
      }),
    ];
  });
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
