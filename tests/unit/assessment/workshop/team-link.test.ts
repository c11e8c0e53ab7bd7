import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { NOT_APPLICABLE, type Answers, type Response } from '../../../../src/lib/assessment/answers';
import type { WorkshopRespondent } from '../../../../src/lib/assessment/workshop/aggregate';
import {
  MAX_LABEL_LENGTH,
  cleanLabel,
  decodeTeamFragment,
  encodeTeamFragment,
  inTeamLinkOrder,
  isTeamFragment,
} from '../../../../src/lib/assessment/workshop/team-link';
import { firstEdition, realDefinition } from '../support';

const current = realDefinition();
const old = firstEdition();
const editions = [current, old];
const responses: Response[] = [1, 2, 3, 4, 5, NOT_APPLICABLE];
const person = (seed: number, label = ''): WorkshopRespondent => ({
  answers: Object.fromEntries(
    current.questions.flatMap((question, index) =>
      (seed + index) % 11 === 0 ? [] : [[question.id, responses[(seed * 3 + index) % responses.length]!]],
    ),
  ) as Answers,
  edition: current,
  label,
});

describe('encodeTeamFragment and decodeTeamFragment', () => {
  test('round-trip answers, blanks, "doesn’t apply" and labels', () => {
    const team = [person(1, 'Boss'), person(2), person(3, 'sales'), person(4, 'Boss')];
    const decoded = decodeTeamFragment(editions, `#${encodeTeamFragment(team)}`);
    expect(decoded).toEqual({ ok: true, value: team });
  });

  test('keep 50 people under 4,000 characters, labels included', () => {
    const team = Array.from({ length: 50 }, (_, index) => person(index, ['Boss', 'Sales', 'Support'][index % 3]));
    const fragment = encodeTeamFragment(team);
    expect(fragment.length).toBeLessThan(1_200);
    expect(decodeTeamFragment(editions, fragment)).toEqual({ ok: true, value: team });
  });

  test('carry edition-1 respondents in their own edition', () => {
    const oldPerson: WorkshopRespondent = {
      answers: Object.fromEntries(old.questions.map((question, index) => [question.id, ((index % 5) + 1) as 1])),
      edition: old,
      label: '',
    };
    const team = inTeamLinkOrder(editions, [oldPerson, person(1)]);
    expect(team.map((member) => member.edition)).toEqual([current, old]);
    expect(decodeTeamFragment(editions, encodeTeamFragment(team))).toEqual({ ok: true, value: team });
  });

  test('refuse a tampered link with a message instead of misreading it', () => {
    const fragment = encodeTeamFragment([person(1), person(2)]);
    for (const broken of [
      fragment.replace(/e=[0-9a-z]+\./, 'e=zzzz.'),
      fragment.replace(/(e=[^&]*)[A-Za-z0-9_-](&)/, '$1$2'),
      fragment.replace('g=..', 'g=.'),
      fragment.replace('g=..', 'g=.A'),
      fragment.replace(/(e=[^.]*\.)./, '$1~'),
    ]) {
      const decoded = decodeTeamFragment(editions, broken);
      expect(decoded.ok, broken).toBe(false);
    }
  });

  test('name a future version and refuse an oversized fragment', () => {
    const fragment = encodeTeamFragment([person(1)]);
    expect(decodeTeamFragment(editions, fragment.replace('w=1', 'w=9'))).toMatchObject({
      ok: false,
      error: { kind: 'future-version' },
    });
    expect(decodeTeamFragment(editions, `${fragment}&x=${'a'.repeat(9_000)}`)).toMatchObject({
      ok: false,
      error: { kind: 'oversized' },
    });
  });

  test('never throw on any fragment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const decoded = decodeTeamFragment(editions, `w=1&${text}`);
        expect(typeof decoded.ok).toBe('boolean');
      }),
    );
  });
});

describe('cleanLabel', () => {
  test('drops control characters, collapses spaces and shortens', () => {
    expect(cleanLabel('  sales\u0000\nteam  ')).toBe('sales team');
    expect(cleanLabel('x'.repeat(40))).toHaveLength(MAX_LABEL_LENGTH);
  });
});

describe('isTeamFragment', () => {
  test('recognises a team link and not a result link', () => {
    expect(isTeamFragment('#w=1&e=abc.A')).toBe(true);
    expect(isTeamFragment('#r=2.abc.123')).toBe(false);
  });
});

describe('decodeTeamFragment, one person unreadable', () => {
  test('names the person who cannot be read, with the result link’s own message', () => {
    const fragment = encodeTeamFragment([person(1), { ...person(2), answers: {} }]);
    expect(decodeTeamFragment(editions, fragment)).toEqual({
      ok: false,
      error: {
        kind: 'respondent',
        message: 'Person 2 in this team link cannot be read: This link has no answers in it.',
      },
    });
  });
});
