// The workshop agenda: an hour that starts where the team is weakest and where it is most split.
// Low medians say what to fix; wide spreads say where people see the team differently, which has
// to be talked through before anything can be fixed. Pure, so the timings are tested.
import type { AssessmentDefinition } from '../../../schemas/assessment';
import type { WorkshopSummary } from './aggregate';

/** A lesson as the agenda lists it: to read beforehand, with its discussion questions. */
export interface AgendaLesson {
  slug: string;
  title: string;
  href: string;
  discussion: string[];
}

/** Why a dimension is on the agenda. */
export type AgendaReason = 'lowest-median' | 'widest-spread';

/** One dimension to talk about. */
export interface AgendaItem {
  dimensionId: string;
  title: string;
  reasons: AgendaReason[];
  median: number;
  spread: number;
  minutes: number;
  /** The dimension's "talk about first" prompt. */
  prompt: string;
  questions: string[];
  lessons: { title: string; href: string }[];
}

/** The agenda: an opening, the items, a close. */
export interface WorkshopAgenda {
  openingMinutes: number;
  items: AgendaItem[];
  closingMinutes: number;
  totalMinutes: number;
}

/** How many lowest-median and how many widest-spread dimensions are picked (a dimension can be both). */
export const LOWEST_PICKED = 2;
export const WIDEST_PICKED = 2;
/** The hour's frame: a short look at the team picture, then the items, then agreeing what changes. */
export const OPENING_MINUTES = 5;
export const CLOSING_MINUTES = 10;
/** Minutes the items share, so the whole agenda runs 45–60 minutes. */
export const ITEM_MINUTES = 40;
/** Discussion questions and lessons listed per item. */
export const QUESTIONS_PER_ITEM = 3;
export const LESSONS_PER_ITEM = 2;

/**
 * The dimensions with the lowest medians and the widest spreads (lowest first, then widest),
 * each with its prompt, its lessons' discussion questions and the lessons to read beforehand.
 * Null when no dimension could be scored.
 */
export function buildAgenda(
  definition: AssessmentDefinition,
  summary: Pick<WorkshopSummary, 'dimensions'>,
  lessons: Readonly<Record<string, readonly AgendaLesson[]>>,
): WorkshopAgenda | null {
  const scored = summary.dimensions.flatMap((dimension, order) =>
    dimension.stats && dimension.spread !== null
      ? [{ id: dimension.dimensionId, order, median: dimension.stats.median, spread: dimension.spread }]
      : [],
  );
  if (scored.length === 0) return null;
  const lowest = [...scored].sort((a, b) => a.median - b.median || a.order - b.order).slice(0, LOWEST_PICKED);
  const widest = [...scored]
    .sort((a, b) => b.spread - a.spread || a.order - b.order)
    .filter((dimension) => dimension.spread > 0)
    .slice(0, WIDEST_PICKED);
  const picked = new Map<string, { dimension: (typeof scored)[number]; reasons: AgendaReason[] }>();
  for (const [list, reason] of [
    [lowest, 'lowest-median'],
    [widest, 'widest-spread'],
  ] as const) {
    for (const dimension of list) {
      const entry = picked.get(dimension.id) ?? { dimension, reasons: [] };
      entry.reasons.push(reason);
      picked.set(dimension.id, entry);
    }
  }

  const entries = [...picked.values()];
  const share = Math.floor(ITEM_MINUTES / entries.length);
  const items = entries.map(({ dimension, reasons }, index): AgendaItem => {
    const content = definition.dimensions.find((item) => item.id === dimension.id)!;
    const read = lessons[dimension.id] ?? [];
    return {
      dimensionId: dimension.id,
      title: content.title,
      reasons,
      median: dimension.median,
      spread: dimension.spread,
      // The first item takes the minutes a even split leaves over.
      minutes: share + (index === 0 ? ITEM_MINUTES - share * entries.length : 0),
      prompt: content.talkAboutFirst,
      questions: [...new Set(read.flatMap((lesson) => lesson.discussion))].slice(0, QUESTIONS_PER_ITEM),
      lessons: read.slice(0, LESSONS_PER_ITEM).map(({ title, href }) => ({ title, href })),
    };
  });
  return {
    openingMinutes: OPENING_MINUTES,
    items,
    closingMinutes: CLOSING_MINUTES,
    totalMinutes: OPENING_MINUTES + ITEM_MINUTES + CLOSING_MINUTES,
  };
}
