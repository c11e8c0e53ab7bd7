// Which drawn share images a long-lived cache may drop. Each image a build reads or draws is
// listed in IN_USE_FILE, and after a complete build everything else goes. A list rather than
// file times, so the result never depends on the clock (a shifted clock, or a cache restored
// from another machine). No imports: scripts/build.ts runs this file directly with Node.

/** The file in the share-image cache that lists, one file name a line, the images in use. */
export const IN_USE_FILE = 'in-use.txt';

/** Where drawn share images are kept, inside the build cache (MARKET_DRIVEN_CACHE_DIR). */
export const shareImageCacheDir = (cacheDir: string): string => `${cacheDir}/og-images`;

/** A file a drawing was being written to; one left behind belongs to an interrupted build. */
export const PARTIAL_SUFFIX = '.partial';

/** Cached image files (names in the cache folder) that the in-use list does not name. */
export function unusedImages(files: readonly string[], inUseList: string): string[] {
  const inUse = new Set(inUseList.split('\n').filter(Boolean));
  return files.filter((name) => (name.endsWith('.png') && !inUse.has(name)) || name.endsWith(PARTIAL_SUFFIX));
}
