// What a share image says: pure decisions about text, so odd titles are handled (and tested)
// before anything is drawn. Rendering lives in og-image.ts.
import { graphemes, truncateText } from './text-fit.ts';
import { ASSESSMENT_PATH, ogImagePath, VALUE_PROPOSITION_PATH } from './routes.ts';

/** Open Graph images are drawn at the size every major preview uses. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The text of one share image. */
export interface OgCard {
  /** Small label above the title, e.g. "Market Driven Weekly · Episode 12". */
  eyebrow: string;
  title: string;
  /** One line under the title; optional. */
  subtitle?: string | undefined;
}

/** A card ready to draw: text cleaned and sized. */
export interface OgLayout {
  eyebrow: string;
  title: string;
  subtitle: string;
  titleSize: number;
}

/** Longest title the image shows before it is cut with "…". */
export const OG_TITLE_MAX = 120;
const EYEBROW_MAX = 60;
const SUBTITLE_MAX = 120;
/** Shown when a title has nothing drawable left (only emoji, or empty). */
export const OG_FALLBACK_TITLE = 'Market Driven';

/** Larger type for short titles; the steps keep a long title within four lines. */
const TITLE_SIZES: readonly { upTo: number; size: number }[] = [
  { upTo: 36, size: 80 },
  { upTo: 60, size: 68 },
  { upTo: 90, size: 58 },
  { upTo: Infinity, size: 50 },
];

// The embedded fonts (Source Serif 4 and Inter, latin + latin-ext) cover these blocks; anything
// else (emoji, other scripts) would draw as empty boxes, so it is left out of the image.
const DRAWABLE = /^[\u0020-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2122]$/u;

/** Text with undrawable characters (emoji, unsupported scripts, control characters) removed. */
export function drawableText(text: string): string {
  return graphemes(text.normalize('NFC'))
    .map((cluster) => (Array.from(cluster).every((char) => DRAWABLE.test(char)) ? cluster : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
}

/** Cleans, shortens and sizes a card's text; never throws, whatever the title. */
export function layoutOgCard(card: OgCard): OgLayout {
  const title = truncateText(drawableText(card.title ?? ''), OG_TITLE_MAX) || OG_FALLBACK_TITLE;
  const length = graphemes(title).length;
  return {
    eyebrow: truncateText(drawableText(card.eyebrow ?? ''), EYEBROW_MAX),
    title,
    subtitle: truncateText(drawableText(card.subtitle ?? ''), SUBTITLE_MAX),
    titleSize: TITLE_SIZES.find((step) => length <= step.upTo)?.size ?? 50,
  };
}

/** Site path of a lesson's share image. */
export const lessonOgPath = (slug: string): string => ogImagePath(`lessons/${slug}.png`);
/** Site path of the share image for the home page and any page without its own. */
export const HOME_OG_PATH = ogImagePath('home.png');

/** Pages (by path prefix) that have their own share image. */
export const PAGE_OG_PATHS: readonly { prefix: string; image: string }[] = [
  { prefix: ASSESSMENT_PATH, image: ogImagePath('assessment.png') },
  { prefix: VALUE_PROPOSITION_PATH, image: ogImagePath('value-proposition.png') },
];

/** The share image for a page path when the page did not name one. */
export function defaultOgPath(pathname: string): string {
  return PAGE_OG_PATHS.find((page) => pathname.startsWith(page.prefix))?.image ?? HOME_OG_PATH;
}
