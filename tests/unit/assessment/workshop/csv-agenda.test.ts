import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../../src/lib/assessment/answers';
import { summarizeWorkshop, type WorkshopRespondent } from '../../../../src/lib/assessment/workshop/aggregate';
import {
  CLOSING_MINUTES,
  OPENING_MINUTES,
  QUESTIONS_PER_ITEM,
  buildAgenda,
} from '../../../../src/lib/assessment/workshop/agenda';
import { csvCell, workshopCsv } from '../../../../src/lib/assessment/workshop/csv';
import { invitationMailto } from '../../../../src/lib/assessment/workshop/invitation';
import { definition } from '../support';

const answers = (values: number[]): Answers =>
  Object.fromEntries(definition.questions.map((question, index) => [question.id, values[index] as 1]));
const team: WorkshopRespondent[] = [
  { answers: answers([5, 4, 1, 2, 2, 2, 4, 5]), edition: definition, label: '=HYPERLINK("x")' },
  { answers: answers([2, 1, 4, 4, 3, 2, 3, 4]), edition: definition, label: 'Sales, EMEA' },
  { answers: answers([4, 4, 2, 1, 2, 1, 5, 4]), edition: definition, label: '' },
];
const lessons = {
  listening: [{ slug: 'l', title: 'Listen', href: '/lessons/l/', discussion: ['Q1?', 'Q2?', 'Q3?', 'Q4?'] }],
  timing: [{ slug: 't', title: 'Timing', href: '/lessons/t/', discussion: ['T1?'] }],
};

describe('csvCell', () => {
  test('prefixes anything a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t'])
      expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true);
  });
  test('quotes commas, quotes and line breaks, and leaves numbers alone', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});

describe('workshopCsv', () => {
  test('has one row per respondent and one column per dimension and statement', () => {
    const csv = workshopCsv(definition, team, summarizeWorkshop(definition, team));
    expect(csv.startsWith('\ufeff')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(team.length + 1);
    expect(rows[0]!.split(',')).toHaveLength(5 + definition.dimensions.length + definition.questions.length);
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(rows[2]).toContain('"Sales, EMEA"');
  });
});

describe('buildAgenda', () => {
  test('runs 45 to 60 minutes, lowest median first, with the prompt, questions and lessons', () => {
    const summary = summarizeWorkshop(definition, team);
    const agenda = buildAgenda(definition, summary, lessons)!;
    expect(agenda.totalMinutes).toBeGreaterThanOrEqual(45);
    expect(agenda.totalMinutes).toBeLessThanOrEqual(60);
    expect(OPENING_MINUTES + agenda.items.reduce((sum, item) => sum + item.minutes, 0) + CLOSING_MINUTES).toBe(
      agenda.totalMinutes,
    );
    const medians = summary.dimensions.map((dimension) => dimension.stats!.median);
    const lowest = summary.dimensions[medians.indexOf(Math.min(...medians))]!.dimensionId;
    expect(agenda.items[0]!.dimensionId).toBe(lowest);
    expect(agenda.items[0]!.reasons).toContain('lowest-median');
    const listening = agenda.items.find((item) => item.dimensionId === 'listening')!;
    expect(listening.prompt).toBe('Talk about Listening.');
    expect(listening.questions).toHaveLength(QUESTIONS_PER_ITEM);
    expect(listening.lessons).toEqual([{ title: 'Listen', href: '/lessons/l/' }]);
  });

  test('is null when no dimension could be scored', () => {
    expect(buildAgenda(definition, summarizeWorkshop(definition, []), lessons)).toBeNull();
  });
});

describe('invitationMailto', () => {
  test('writes a subject and a body with the assessment link and asks for the result link back', () => {
    const mailto = invitationMailto({ assessmentUrl: 'https://x.example/assessment/', minutes: 10, statements: 28 });
    expect(mailto.startsWith('mailto:?subject=')).toBe(true);
    const body = decodeURIComponent(mailto.split('&body=')[1]!);
    expect(body).toContain('https://x.example/assessment/');
    expect(body).toContain('Copy link to this result');
  });
});
