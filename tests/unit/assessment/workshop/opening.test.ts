import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../../../src/lib/assessment/share-code';
import { workshopOpening } from '../../../../src/lib/assessment/workshop/opening';
import { encodeTeamFragment } from '../../../../src/lib/assessment/workshop/team-link';
import { bossAnswers, definition } from '../support';

const base = 'https://example.org/assessment/';

describe('workshopOpening', () => {
  test('opens nothing without a fragment', () => {
    expect(workshopOpening([definition], '', base)).toBeUndefined();
  });

  test('puts a result link’s fragment in the paste box and loads no one yet', () => {
    const hash = `#r=${encodeShareCode(definition, bossAnswers)}`;
    expect(workshopOpening([definition], hash, base)).toEqual({
      ok: true,
      value: { members: [], labels: {}, pasteText: `${base}${hash}` },
    });
  });

  test('loads a team link’s people with their labels, and lists their result links', () => {
    const team = [
      { answers: bossAnswers, edition: definition, label: 'Boss' },
      { answers: { ...bossAnswers, 'listen-often': 1 as const }, edition: definition, label: '' },
    ];
    const opened = workshopOpening([definition], `#${encodeTeamFragment(team)}`, base);
    if (!opened?.ok) throw new Error('expected the team to open');
    const codes = team.map((member) => encodeShareCode(definition, member.answers));
    expect(opened.value.members.map((member) => member.code)).toEqual(codes);
    expect(opened.value.labels).toEqual({ [codes[0]!]: 'Boss' });
    expect(opened.value.pasteText).toBe(codes.map((code) => `${base}#r=${code}`).join('\n'));
  });

  test('answers a damaged team link with its message', () => {
    expect(workshopOpening([definition], '#w=1&e=broken', base)).toMatchObject({
      ok: false,
      error: { kind: 'malformed', message: expect.stringMatching(/team link is damaged/) },
    });
  });
});
