// What the workshop page opens with, read from its address: a team link opens the team it carries
// (and lists its people's result links in the paste box); a result link's `#r=` codes start the paste.
import type { AssessmentEdition } from '../../../schemas/assessment';
import type { Result } from '../../result';
import { err, ok } from '../../result';
import { encodeShareCode, shareLinkPath } from '../share-code';
import type { WorkshopRespondent } from './aggregate';
import { decodeTeamFragment, isTeamFragment, type TeamLinkError } from './team-link';

/** A loaded person: their answers and the code that names them. */
export interface WorkshopMember {
  code: string;
  answers: WorkshopRespondent['answers'];
  edition: AssessmentEdition;
}

/** What the page opens with: the team a link carries, its labels by code, and the paste box's text. */
export interface WorkshopOpening {
  members: WorkshopMember[];
  labels: Record<string, string>;
  pasteText: string;
}

/**
 * Reads the page's hash: a team link gives its members and labels, any other fragment is put in the
 * paste box as a link to the assessment at `base`; undefined when there is no fragment.
 */
export function workshopOpening(
  editions: readonly AssessmentEdition[],
  hash: string,
  base: string,
): Result<WorkshopOpening, TeamLinkError> | undefined {
  if (!hash) return undefined;
  if (!isTeamFragment(hash)) return ok({ members: [], labels: {}, pasteText: `${base}${hash}` });
  const decoded = decodeTeamFragment(editions, hash);
  if (!decoded.ok) return err(decoded.error);
  const members = decoded.value.map((respondent) => ({
    code: encodeShareCode(respondent.edition, respondent.answers),
    answers: respondent.answers,
    edition: respondent.edition,
    label: respondent.label,
  }));
  return ok({
    members: members.map(({ code, answers, edition }) => ({ code, answers, edition })),
    labels: Object.fromEntries(members.filter((member) => member.label).map((member) => [member.code, member.label])),
    pasteText: members.map((member) => base + shareLinkPath(member.code, '')).join('\n'),
  });
}
