// A short hash of what a share code or saved progress depends on: the statements' ids, order
// and scoring direction. Editing any of these changes it, so stale answers are refused, not misread.
import type { AssessmentDefinition } from '../../schemas/assessment';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Base-36 FNV-1a hash of the ordered question ids and their reverse flags. */
export function instrumentFingerprint(definition: Pick<AssessmentDefinition, 'questions'>): string {
  const text = definition.questions.map((question) => `${question.id}:${question.reverse ? 'r' : 'f'}`).join('|');
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(36);
}
