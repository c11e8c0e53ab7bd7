// Editions of the assessment: the current one and the earlier ones kept so that links already sent
// keep opening. Pure, so the build's check and the tests share it.
import type { AssessmentDefinition, AssessmentEdition, AssessmentQuestion } from '../../schemas/assessment';
import type { ContentProblem } from '../content-integrity';
import { instrumentFingerprint } from './fingerprint';

/** An edition with the file it came from, for problems that name the file. */
export interface EditionFile {
  file: string;
  edition: AssessmentEdition;
}

/** Earlier editions sorted newest first, so a lookup meets the closest one first. */
export function earlierEditionsNewestFirst(editions: readonly AssessmentEdition[]): AssessmentEdition[] {
  return [...editions].sort((a, b) => b.version - a.version);
}

/**
 * Every earlier edition must be older than the current one, with its own version number and its own
 * statements: two editions with the same fingerprint would make an old link ambiguous.
 */
export function checkEditions(current: EditionFile, earlier: readonly EditionFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const versions = new Map<number, string>([[current.edition.version, current.file]]);
  const fingerprints = new Map<string, string>([[instrumentFingerprint(current.edition), current.file]]);
  for (const { file, edition } of earlier) {
    if (edition.version >= current.edition.version) {
      problems.push({
        file,
        field: 'version',
        reason: `an earlier edition must have a lower version than the current ${current.edition.version}`,
      });
    } else if (versions.has(edition.version)) {
      problems.push({
        file,
        field: 'version',
        reason: `version ${edition.version} is also ${versions.get(edition.version)}`,
      });
    }
    versions.set(edition.version, file);
    const fingerprint = instrumentFingerprint(edition);
    const twin = fingerprints.get(fingerprint);
    if (twin) {
      problems.push({
        file,
        field: 'questions',
        reason: `asks the same statements in the same order as ${twin}; an edition must change the statements, or it is not a new edition`,
      });
    }
    fingerprints.set(fingerprint, file);
  }
  return problems;
}

/**
 * True when an edition asks this statement in the same words and the same direction, so an answer
 * given in that edition is an answer to it; an answer to other wording is not.
 */
export function asksAlike(edition: Pick<AssessmentEdition, 'questions'>, question: AssessmentQuestion): boolean {
  const asked = edition.questions.find((item) => item.id === question.id);
  return asked !== undefined && asked.statement === question.statement && asked.reverse === question.reverse;
}

/** The items by size, largest first; `sort` is stable, so ties keep their order. */
export function largestFirst<T>(items: readonly T[], size: (item: T) => number): T[] {
  return [...items].sort((a, b) => size(b) - size(a));
}

/** What every assessment tool reads links with: the current edition, and the earlier ones newest first. */
export interface ToolEditions {
  definition: AssessmentDefinition;
  earlier: AssessmentEdition[];
}
