import { describe, expect, test } from 'vitest';
import { MAX_RESPONDENTS } from '../../../src/lib/assessment/compare';
import {
  checkCompareRows,
  emptyRow,
  firstProblemRow,
  labelPlaceholder,
  linksFromHash,
} from '../../../src/lib/assessment/compare-form';
import { encodeShareCode } from '../../../src/lib/assessment/share-code';
import { bossAnswers, definition } from './support';

const link = `https://example.org/assessment/#r=${encodeShareCode(definition, bossAnswers)}`;
const row = (key: number, linkText: string, label = '') => ({ ...emptyRow(key, linkText), label });

describe('checkCompareRows', () => {
  test('labels unlabelled results by their place and trims given labels', () => {
    const checked = checkCompareRows([definition], [row(0, link, '  Boss '), row(1, link)]);
    expect(checked.status).toBe('');
    expect(checked.respondents?.map((respondent) => respondent.label)).toEqual(['Boss', 'Result 2']);
  });

  test.each([
    [[row(0, ''), row(1, '')], 'Paste at least 2 result links to compare; none is filled in.'],
    [[row(0, link), row(1, '')], 'Paste at least 2 result links to compare; only 1 is filled in.'],
    [[row(0, link), row(1, 'not a link')], 'One or more links could not be read. Each has a message below it.'],
  ])('refuses to compare and says why (%#)', (rows, status) => {
    const checked = checkCompareRows([definition], rows);
    expect(checked).toMatchObject({ respondents: null, status });
  });

  test('puts each unreadable link’s message on its own row and clears the others', () => {
    const checked = checkCompareRows([definition], [{ ...row(0, link), error: 'old' }, row(1, 'nope')]);
    expect(checked.rows[0]?.error).toBe('');
    expect(checked.rows[1]?.error).toMatch(/does not look like a result link/);
  });
});

describe('firstProblemRow', () => {
  test('is the first row with an error or no link, or -1', () => {
    expect(firstProblemRow([row(0, link), { ...row(1, link), error: 'bad' }])).toBe(1);
    expect(firstProblemRow([row(0, ''), row(1, link)])).toBe(0);
    expect(firstProblemRow([row(0, link), row(1, link)])).toBe(-1);
  });
});

describe('linksFromHash', () => {
  test('turns each `r` code into a result link, at most MAX_RESPONDENTS', () => {
    const hash = `#${Array.from({ length: 8 }, (_, index) => `r=code${index}`).join('&')}`;
    const links = linksFromHash(hash, 'https://example.org/assessment/');
    expect(links).toHaveLength(MAX_RESPONDENTS);
    expect(links[0]).toBe('https://example.org/assessment/#r=code0');
    expect(linksFromHash('', 'https://example.org/assessment/')).toEqual([]);
  });
});

describe('labelPlaceholder', () => {
  test('suggests a boss and a team for the first two rows only', () => {
    expect([0, 1, 2].map(labelPlaceholder)).toEqual(['e.g. Boss', 'e.g. Team', '']);
  });
});
