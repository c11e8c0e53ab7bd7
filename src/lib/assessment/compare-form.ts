// The compare page's form as data: the rows a reader fills in, the links a result page hands over
// in the fragment, and what checking the rows finds, so the island only keeps the state.
import type { AssessmentEdition } from '../../schemas/assessment';
import { MAX_RESPONDENTS, MIN_RESPONDENTS, type Respondent } from './compare';
import { SHARE_PARAM, decodeResultLink, shareLinkPath } from './share-code';

/** Longest label a reader can give a result. */
export const LABEL_MAX = 40;

/** One result to compare: an optional label, the pasted link, and what is wrong with it. */
export interface CompareRow {
  /** Names the row's inputs, so it stays the same on the server and in the browser. */
  key: number;
  label: string;
  link: string;
  error?: string;
}

/** What checking the rows found: the rows with their messages, and the respondents when there are enough. */
export interface CompareCheck {
  rows: CompareRow[];
  /** Null when a link could not be read or too few are filled in. */
  respondents: Respondent[] | null;
  /** What the status line says ('' when the comparison can be shown). */
  status: string;
}

/** A row with nothing filled in, or with a link already in it. */
export const emptyRow = (key: number, link = ''): CompareRow => ({ key, label: '', link });

/** The example label shown in an empty label field. */
export const labelPlaceholder = (index: number): string => (index === 0 ? 'e.g. Boss' : index === 1 ? 'e.g. Team' : '');

/** The result links a fragment such as `#r=…&r=…` carries, at most MAX_RESPONDENTS, as links to `base`. */
export function linksFromHash(hash: string, base: string): string[] {
  return new URLSearchParams(hash.slice(1))
    .getAll(SHARE_PARAM)
    .slice(0, MAX_RESPONDENTS)
    .map((code) => shareLinkPath(code, base));
}

/** Reads every filled-in row: a message on each link that does not open, the respondents when all do. */
export function checkCompareRows(editions: readonly AssessmentEdition[], rows: readonly CompareRow[]): CompareCheck {
  const respondents: Respondent[] = [];
  const checked = rows.map((row, index): CompareRow => {
    if (row.link.trim() === '') return { ...row, error: '' };
    const decoded = decodeResultLink(editions, row.link);
    if (!decoded.ok) return { ...row, error: decoded.error.message };
    respondents.push({
      label: row.label.trim() || `Result ${index + 1}`,
      answers: decoded.value.answers,
      edition: decoded.value.edition,
    });
    return { ...row, error: '' };
  });
  const filled = rows.filter((row) => row.link.trim() !== '').length;
  if (checked.some((row) => row.error))
    return {
      rows: checked,
      respondents: null,
      status: 'One or more links could not be read. Each has a message below it.',
    };
  if (respondents.length < MIN_RESPONDENTS)
    return {
      rows: checked,
      respondents: null,
      status: `Paste at least ${MIN_RESPONDENTS} result links to compare; ${filled === 0 ? 'none is' : `only ${filled} is`} filled in.`,
    };
  return { rows: checked, respondents, status: '' };
}

/** The first row to fix (a link with an error, or an empty one), where focus goes; -1 when none. */
export const firstProblemRow = (rows: readonly CompareRow[]): number =>
  rows.findIndex((row) => row.error || row.link.trim() === '');
