import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers } from '../../../src/lib/assessment/answers';
import {
  AGREEMENT_GAP,
  NOTABLE_STATEMENT_GAP,
  compareResults,
  type Respondent,
} from '../../../src/lib/assessment/compare';
import { GAPS_LISTED, SIDE_BY_SIDE_MAX, compareReportView } from '../../../src/lib/assessment/compare-view';
import { bossAnswers, definition, firstEdition, realDefinition } from './support';

const boss = bossAnswers;
const team: Answers = { ...boss, 'listen-often': 2, 'listen-changes': 1, 'listen-rarely': 4, 'listen-calendar': 4 };

const view = (respondents: Respondent[]) =>
  compareReportView(definition, respondents, compareResults(definition, respondents));

describe('compareReportView', () => {
  test('names the dimension with the largest gap to talk about first, with each score in words', () => {
    const report = view([
      { label: 'Boss', answers: boss },
      { label: 'Team', answers: team },
    ]);
    expect(report.talkAboutFirst?.id).toBe('listening');
    expect(report.largestGaps[0]).toMatchObject({ dimensionId: 'listening' });
    expect(report.largestGaps[0]?.scoresText).toMatch(/^Boss \d+, Team \d+$/);
    expect(report.largestGaps.length).toBeLessThanOrEqual(GAPS_LISTED);
  });

  test('says the agreement threshold from AGREEMENT_GAP when no dimension differs enough', () => {
    const report = view([
      { label: 'A', answers: boss },
      { label: 'B', answers: boss },
    ]);
    expect(report.talkAboutFirst).toBeUndefined();
    expect(report.agreement).toContain(`differs by ${AGREEMENT_GAP} points or more`);
  });

  test('warns about a result made with an earlier edition of the statements', () => {
    const current = realDefinition();
    const old = firstEdition();
    const respondents: Respondent[] = [
      { label: 'Old', answers: {}, edition: old },
      { label: 'New', answers: {} },
    ];
    const report = compareReportView(current, respondents, compareResults(current, respondents));
    expect(report.caveats).toEqual([expect.stringMatching(/^Old came from an earlier version of the assessment/)]);
  });

  test(`puts chart and table side by side up to ${SIDE_BY_SIDE_MAX} respondents`, () => {
    const labelled = (label: string): Respondent => ({ label, answers: boss });
    expect(view([labelled('A'), labelled('B')]).sideBySide).toBe(true);
    expect(view(['A', 'B', 'C', 'D'].map(labelled)).sideBySide).toBe(false);
  });
});

describe('compareReportView table and statements', () => {
  const respondents: Respondent[] = [
    { label: 'Boss', answers: boss },
    { label: 'Team', answers: { ...team, 'timing-early': NOT_APPLICABLE } },
  ];
  const report = view(respondents);

  test('has a row per dimension with each score and the gap, then the overall scores', () => {
    expect(report.tableRows.map((row) => row.title)).toEqual(['Listening', 'Timing', 'Overall']);
    expect(report.tableRows[0]?.cells).toHaveLength(respondents.length + 1);
    expect(report.tableRows.at(-1)?.cells.at(-1)).toBe('—');
  });

  test('says each respondent’s answer to a differing statement in words', () => {
    expect(report.statements[0]?.answers).toEqual([
      { label: 'Boss', answer: 'Label 5' },
      { label: 'Team', answer: 'Label 1' },
    ]);
    expect(report.statements[0]).toMatchObject({
      statement: 'What we hear changes plans.',
      dimensionTitle: 'Listening',
    });
  });

  test(`says when no statement is ${NOTABLE_STATEMENT_GAP} or more points apart`, () => {
    expect(report.noStatements).toBe('No statement was answered more than one point apart on the scale.');
  });
});
