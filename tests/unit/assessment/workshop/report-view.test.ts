import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers } from '../../../../src/lib/assessment/answers';
import { encodeShareCode } from '../../../../src/lib/assessment/share-code';
import { summarizeWorkshop, type WorkshopRespondent } from '../../../../src/lib/assessment/workshop/aggregate';
import {
  points,
  signedPoints,
  teamLinkLabel,
  workshopReportView,
} from '../../../../src/lib/assessment/workshop/report-view';
import type { AssessmentEdition } from '../../../../src/schemas/assessment';
import { bossAnswers, definition, firstEdition, realDefinition } from '../support';

const paths = { single: '/assessment/', compare: '/assessment/compare/' };
const low: Answers = {
  ...bossAnswers,
  'listen-often': 1,
  'listen-changes': 2,
  'listen-rarely': 4,
  'listen-calendar': 5,
};
const allThrees: Answers = Object.fromEntries(definition.questions.map((question) => [question.id, 3]));
const member = (answers: Answers, label = '', edition: AssessmentEdition = definition) => ({
  answers,
  edition,
  label,
  code: encodeShareCode(edition, answers),
});
const view = (team: (WorkshopRespondent & { code: string })[], current = definition) =>
  workshopReportView(current, team, summarizeWorkshop(current, team), {}, paths);

describe('workshopReportView', () => {
  test.each([
    [1, '1 person', 'single'],
    [3, '3 people', 'compare'],
    [7, '7 people', undefined],
  ])('counts %d people in words and points a small team to the page that says more', (size, people, kind) => {
    const team = Array.from({ length: size }, (_, index) => member(index % 2 ? low : bossAnswers));
    const built = view(team);
    expect(built.people).toBe(people);
    expect(built.smallTeam?.kind).toBe(kind);
  });

  test('says who was set aside and why, one sentence per reason, with the right verb for one or many', () => {
    const built = view([member(bossAnswers), member({ 'listen-often': 5 }), member(allThrees), member(allThrees)]);
    expect(built.setAside).toBe('3 set aside');
    expect(built.setAsideNotes).toEqual([
      '1 person answered fewer than half the statements on the scale (blank or “Does not apply”), so their result is not in the figures: person 2.',
      expect.stringMatching(
        /^2 people answered in a way that says more about how they answered than about the team \(.+\), so their results are not in the figures: person 3, person 4\.$/,
      ),
    ]);
  });

  test('names the people whose link came from an earlier edition', () => {
    const current = realDefinition();
    const old = firstEdition();
    const oldAnswers = Object.fromEntries(
      old.questions.map((question, index) => [question.id, ((index % 5) + 1) as 1]),
    );
    const currentAnswers = Object.fromEntries(
      current.questions.map((question, index) => [question.id, ((index % 4) + 2) as 2]),
    );
    const built = view([member(currentAnswers, '', current), member(oldAnswers, '', old)], current);
    expect(built.editionNote).toMatch(/^1 result comes from an earlier version of the assessment \(person 2\)\./);
  });

  test('lists the labels in use, or says everyone is anonymous', () => {
    expect(view([member(bossAnswers), member(low)]).labelsSummary).toBe('everyone is anonymous');
    const labelled = view([member(bossAnswers, 'Boss'), member(low, ' Team '), member(low, 'Boss')]);
    expect(labelled.labelsInUse).toEqual(['Boss', 'Team']);
    expect(labelled.labelsSummary).toBe('Boss, Team');
  });

  test('says each group’s gaps against the rest in signed points', () => {
    const built = view([member(bossAnswers, 'Boss'), member(low), member(low)]);
    expect(built.groups[0]).toMatchObject({ label: 'Boss', size: '1 person', lead: ':' });
    expect(built.groups[0]?.gaps[0]?.text).toMatch(/^Listening: \+\d+ points \(Boss \d+, the rest \d+\)$/);
  });

  test('writes each divided statement’s answers, "doesn’t apply" last only when someone chose it', () => {
    const built = view([member(bossAnswers), member({ ...low, 'listen-changes': NOT_APPLICABLE })]);
    const listenOften = built.statements.find((statement) => statement.questionId === 'listen-often');
    expect(listenOften?.answersText).toBe('Label 1 1 · Label 2 0 · Label 3 0 · Label 4 0 · Label 5 1');
    expect(built.distributionRows[0]?.cells).toHaveLength(4);
    expect(built.bandColumns).toEqual(['Low', 'Shifting', 'Aware', 'High']);
  });
});

describe('points and signedPoints', () => {
  test.each([
    [12.4, '12', '+12'],
    [-5.6, '-6', '-6'],
    [0, '0', '0'],
  ])('print %d as %s and %s', (value, whole, signed) => {
    expect([points(value), signedPoints(value)]).toEqual([whole, signed]);
  });
});

describe('teamLinkLabel', () => {
  test('says how long the link is, with a thousands separator', () => {
    expect(teamLinkLabel('x'.repeat(1234))).toBe(
      'Team link (1,234 characters; everything is in the link, nothing on a server)',
    );
  });
});
