// Pagefind splits a page into sub-results at headings with an id (a lesson's boss brief,
// takeaways, discussion questions and body sections). A hit then links straight to the
// sections that match best. Pure.

/** The parts of a Pagefind sub-result this site reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent on the part of the page before its first heading with an id. */
  anchor?: { id: string } | undefined;
  weighted_locations?: readonly { balanced_score: number }[] | undefined;
}

/** A matching section of a result, linked by its heading's id. */
export interface HitSection {
  title: string;
  url: string;
  excerpt: string;
}

/** How many sections a result lists: the best two say where to look without crowding the list. */
export const SECTIONS_PER_HIT = 2;

const score = (sub: PagefindSubResult) =>
  (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);

/** The best-matching sections under a heading, best first; the page's own top part is the hit itself. */
export function bestSections(subResults: readonly PagefindSubResult[], limit = SECTIONS_PER_HIT): HitSection[] {
  return subResults
    .filter((sub) => sub.anchor)
    .map((sub, index) => ({ sub, index, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: sub.excerpt }));
}
