// Assessment dimension ids that lessons may name in `dimensions`.
// The self-assessment definition (content/assessment/) is the source of truth once it exists;
// until then lessons are checked against the brief's seven dimensions.
export const dimensionIds = [
  'timing',
  'listening',
  'relationships',
  'customer-perspective',
  'measurement',
  'mindset',
  'strategy',
] as const;
