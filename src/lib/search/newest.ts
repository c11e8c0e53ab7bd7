// Searches overlap while the reader types: an older, slower search must not overwrite the
// results of a newer one. Pure.

/** Hands out one ticket per search; a ticket stays current until the next one is taken. */
export function newestOnly(): { take: () => () => boolean } {
  let latest = 0;
  return {
    take: () => {
      const ticket = ++latest;
      return () => ticket === latest;
    },
  };
}
