// Assessment dimension ids that lessons may name in `dimensions`.
// The self-assessment definition (content/assessment/market-driven.yaml) is the source of truth;
// the brief's seven ids below are only the fallback for a content folder that has no assessment.
import type { AssessmentDefinition } from '../schemas/assessment';

/** Id (file name) of the self-assessment definition in content/assessment/. */
export const ASSESSMENT_ID = 'market-driven';

/** The brief's seven dimensions, used only when no assessment definition exists. */
export const dimensionIds = [
  'timing',
  'listening',
  'relationships',
  'customer-perspective',
  'measurement',
  'mindset',
  'strategy',
] as const;

/** The dimension ids lessons are checked against: the assessment's own, or the fallback list. */
export function lessonDimensionIds(
  assessment: Pick<AssessmentDefinition, 'dimensions'> | undefined,
): readonly string[] {
  return assessment ? assessment.dimensions.map((dimension) => dimension.id) : dimensionIds;
}
