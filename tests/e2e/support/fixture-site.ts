// The fixture site the global setup builds from tests/fixtures/content, at FIXTURE_NOW (see
// tests/support/fixture-build.ts), so its published, scheduled and draft lessons never change.
/**
 * A made-up word per fixture lesson, in no other page: Pagefind stems real words ("announced"
 * matches "announce"), but these have no relatives to match.
 */
export const FIXTURE_WORDS = {
  'first-weekly.mdx': 'brindlewort',
  'far-future-weekly.mdx': 'quorvantic',
  'draft-weekly.mdx': 'skelmorrow',
} as const;
