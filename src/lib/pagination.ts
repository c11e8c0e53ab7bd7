// Listings (the archive, series, topics) are cut into pages of a fixed size, so a page stays a
// few kilobytes however long the series runs. Pure: what a page is called and which page
// numbers its navigation offers.

/** Lessons per listing page: a few screenfuls, about 4 KB of gzipped HTML (the budget is 30 KB). */
export const LISTING_PAGE_SIZE = 12;

/** "All lessons" on the first page, "All lessons, page 3 of 12" after it. */
export function pageTitle(title: string, page: number, pages: number): string {
  return page <= 1 ? title : `${title}, page ${page} of ${pages}`;
}

/**
 * The page numbers a page's navigation links to: the first, the last, and the two either side
 * of the current one, with `undefined` where numbers are skipped ("1 … 4 5 6 … 12").
 */
export function pageNumbers(current: number, pages: number, around = 2): (number | undefined)[] {
  const shown = new Set([1, pages]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pages) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? [undefined, page] : [page]));
}

/** The path of page `page` of a listing whose first page is `basePath` ("/lessons/" → "/lessons/2/"). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}${page}/`;
}
