// The whole team view as one link: `/assessment/workshop/#w=1&e=<edition>.<answers>&g=…&l=…`.
// Everything lives in the fragment, so the answers never reach a server log. Answers are packed two
// statements to a base64url character (7 × 7 = 49 states ≤ 64), about 16 characters per person, so
// 50 people fit well under the 4,000 characters e-mail and chat apps carry intact. Each person is
// re-read through the share-code decoder, so a tampered link fails with its message, never a crash.
//   version 1: `e` one per edition (fingerprint, ".", each respondent's packed answers in turn);
//              `g` one character per respondent, "." for no label or the index of their `l` label.
import * as z from 'zod/mini';
import type { AssessmentEdition } from '../../../schemas/assessment';
import { NOT_APPLICABLE, type Answers } from '../answers';
import { instrumentFingerprint } from '../fingerprint';
import { defineFragmentCodec, type FragmentErrorKind } from '../../fragment-codec';
import { err, ok, type ReadError, type Result } from '../../result';
import { singleLine } from '../../single-line';
import { SHARE_CODE_VERSION, decodeShareCode } from '../share-code';
import { MAX_WORKSHOP_RESPONDENTS } from './paste';
import type { WorkshopRespondent } from './aggregate';

/** The team-link format this build writes. */
export const TEAM_LINK_VERSION = 1;
/** The fragment parameter that holds the version; its presence marks a team link. */
export const TEAM_PARAM = 'w';
/** Longer than 50 people with 50 labels can make; anything longer was not made here. */
export const MAX_TEAM_FRAGMENT = 8_000;
/** The longest group label kept. */
export const MAX_LABEL_LENGTH = 24;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const STATES = 7; // 0 blank, 1–5 the scale, 6 doesn't apply
const NO_LABEL = '.';

/** A team link fails like any fragment, or because one person in it does not open. */
export type TeamLinkErrorKind = FragmentErrorKind | 'respondent';
export type TeamLinkError = ReadError<TeamLinkErrorKind>;

const paramsSchema = z.object({
  version: z.string().check(z.regex(/^[1-9][0-9]{0,2}$/)),
  editions: z.array(z.string().check(z.regex(/^[0-9a-z]{1,8}\.[A-Za-z0-9_-]+$/))).check(z.minLength(1)),
  groups: z.string().check(z.regex(/^[A-Za-z0-9_.-]*$/)),
  labels: z.array(z.string().check(z.maxLength(MAX_LABEL_LENGTH))),
});

/** A label as kept: control characters removed, spaces collapsed, at most MAX_LABEL_LENGTH. */
export function cleanLabel(label: string): string {
  return singleLine(label, MAX_LABEL_LENGTH);
}

const stateOf = (answers: Answers, id: string): number => {
  const response = answers[id];
  return response === undefined ? 0 : response === NOT_APPLICABLE ? 6 : response;
};

/** Packs one respondent's answers to an edition's statements, two to a character. */
function packAnswers(edition: AssessmentEdition, answers: Answers): string {
  const states = edition.questions.map((question) => stateOf(answers, question.id));
  let packed = '';
  for (let index = 0; index < states.length; index += 2)
    packed += BASE64URL[states[index]! * STATES + (states[index + 1] ?? 0)];
  return packed;
}

/** Unpacks to the share code's own one-character-per-statement form, or null when a character cannot be answers. */
function unpackToShareCode(packed: string, count: number): string | null {
  let text = '';
  for (const char of packed) {
    const value = BASE64URL.indexOf(char);
    if (value < 0 || value >= STATES * STATES) return null;
    text += `${Math.floor(value / STATES)}${value % STATES}`;
  }
  if (count % 2 === 1 && !text.endsWith('0')) return null;
  return text.slice(0, count).replaceAll('6', 'n');
}

/**
 * Encodes a team: respondents grouped by edition, in the order given (pass them edition by edition,
 * current first, and the decoded link keeps their order), with their labels.
 */
export function encodeTeamFragment(respondents: readonly WorkshopRespondent[]): string {
  const blocks = new Map<AssessmentEdition, string>();
  const labels: string[] = [];
  let groups = '';
  for (const respondent of respondents) {
    blocks.set(
      respondent.edition,
      (blocks.get(respondent.edition) ?? '') + packAnswers(respondent.edition, respondent.answers),
    );
    const label = cleanLabel(respondent.label);
    if (!label) {
      groups += NO_LABEL;
      continue;
    }
    if (!labels.includes(label)) labels.push(label);
    groups += BASE64URL[labels.indexOf(label)];
  }
  const params = new URLSearchParams({ [TEAM_PARAM]: String(TEAM_LINK_VERSION) });
  for (const [edition, packed] of blocks) params.append('e', `${instrumentFingerprint(edition)}.${packed}`);
  params.set('g', groups);
  for (const label of labels) params.append('l', label);
  return params.toString();
}

/** Respondents in team-link order: the current edition first, then earlier ones, each keeping its order. */
export function inTeamLinkOrder<T extends { edition: AssessmentEdition }>(
  editions: readonly AssessmentEdition[],
  respondents: readonly T[],
): T[] {
  return editions.flatMap((edition) => respondents.filter((respondent) => respondent.edition === edition));
}

/** True when a fragment holds a team link (it may still be damaged). */
export function isTeamFragment(hash: string): boolean {
  return /^#?(?:[^&]*&)*w=/.test(hash);
}

const readParams = (fragment: string) => {
  const params = new URLSearchParams(fragment);
  return z.safeParse(paramsSchema, {
    version: params.get(TEAM_PARAM),
    editions: params.getAll('e'),
    groups: params.get('g') ?? '',
    labels: params.getAll('l'),
  });
};

/** Reads version 1: each person re-read through the share-code decoder, each label from its group. */
function readVersion1(editions: readonly AssessmentEdition[]) {
  return (fragment: string): Result<WorkshopRespondent[], 'malformed' | ReadError<'respondent'>> => {
    const parsed = readParams(fragment);
    if (!parsed.success) return err('malformed');
    const { editions: blocks, groups, labels } = parsed.data;
    const respondents: WorkshopRespondent[] = [];
    for (const block of blocks) {
      const [fingerprint = '', packed = ''] = block.split('.');
      const edition = editions.find((candidate) => instrumentFingerprint(candidate) === fingerprint);
      const width = edition ? Math.ceil(edition.questions.length / 2) : 0;
      if (!edition || packed.length % width !== 0) return err('malformed');
      for (let start = 0; start < packed.length; start += width) {
        if (respondents.length >= MAX_WORKSHOP_RESPONDENTS) return err('malformed');
        const answers = unpackToShareCode(packed.slice(start, start + width), edition.questions.length);
        if (answers === null) return err('malformed');
        const decoded = decodeShareCode(editions, `${SHARE_CODE_VERSION}.${fingerprint}.${answers}`);
        if (!decoded.ok)
          return err({
            kind: 'respondent',
            message: `Person ${respondents.length + 1} in this team link cannot be read: ${decoded.error.message}`,
          });
        const group = groups[respondents.length] ?? NO_LABEL;
        const label = group === NO_LABEL ? '' : labels[BASE64URL.indexOf(group)];
        if (label === undefined) return err('malformed');
        respondents.push({ answers: decoded.value.answers, edition: decoded.value.edition, label: cleanLabel(label) });
      }
    }
    if (groups.length !== respondents.length) return err('malformed');
    return ok(respondents);
  };
}

/** Decodes a team link's fragment into respondents, through the shared fragment codec. */
export function decodeTeamFragment(
  editions: readonly AssessmentEdition[],
  hash: string,
): Result<WorkshopRespondent[], TeamLinkError> {
  const codec = defineFragmentCodec<WorkshopRespondent[], 'respondent'>({
    link: 'assessment-team',
    param: TEAM_PARAM,
    currentVersion: TEAM_LINK_VERSION,
    maxLength: MAX_TEAM_FRAGMENT,
    // The whole fragment is checked before the version, so a damaged link reads as damaged.
    splitVersion: (fragment) => {
      const parsed = readParams(fragment);
      return parsed.success ? { version: Number(parsed.data.version), body: fragment } : undefined;
    },
    versions: { 1: readVersion1(editions) },
  });
  return codec.decode(hash.startsWith('#') ? hash.slice(1) : hash);
}
