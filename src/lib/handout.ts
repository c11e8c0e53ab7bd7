// How tightly the printed handout is set, chosen at build from how much text it holds, so even
// the longest lesson (every list full, every line long) still prints on one page.

/** The handout's text, as the lesson page prints it. */
export interface HandoutText {
  title: string;
  summary: string;
  bossBrief: string;
  takeaways: readonly string[];
  discussion: readonly string[];
  /** A correction note, printed under the date; optional. */
  correction?: string | undefined;
}

/** normal: the designed sizes; compact: smaller type; dense: smaller still, without the summary. */
export type HandoutDensity = 'normal' | 'compact' | 'dense';

/** Each list item costs about this many characters of height in spacing and rules. */
const ITEM_COST = 60;
/** Sizes measured on A4 and Letter in Chromium: today's lessons weigh 1,100–1,400. */
const COMPACT_FROM = 1600;
const DENSE_FROM = 2200;

/** The density that keeps this handout on one page. */
export function handoutDensity(text: HandoutText): HandoutDensity {
  const items = [...text.takeaways, ...text.discussion];
  const weight =
    text.title.length * 2 +
    text.summary.length +
    text.bossBrief.length +
    items.reduce((sum, item) => sum + item.length + ITEM_COST, 0) +
    (text.correction ? text.correction.length + ITEM_COST : 0);
  if (weight >= DENSE_FROM) return 'dense';
  if (weight >= COMPACT_FROM) return 'compact';
  return 'normal';
}
