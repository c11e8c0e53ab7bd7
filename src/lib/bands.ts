// One rule for turning a score into a band, for the assessment's bands and the builder's rating.

/** A band from content: scores at or above `min`, up to the next band's `min`, get it. */
export interface ScoreBand {
  min: number;
}

/**
 * The band a score falls in: the score is rounded to a whole point, then the band with the
 * highest `min` not above it wins; a score below every band gets the lowest one.
 */
export function bandFor<Band extends ScoreBand>(bands: readonly Band[], score: number): Band {
  const rounded = Math.round(score);
  const highestFirst = [...bands].sort((a, b) => b.min - a.min);
  const band = highestFirst.find((candidate) => rounded >= candidate.min) ?? highestFirst.at(-1);
  if (!band) throw new Error('a score needs at least one band to fall in');
  return band;
}
